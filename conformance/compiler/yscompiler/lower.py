"""Lowering one Python function of a scenario to C.

A FunctionLowering turns one function body into the text of one C function, in one of three
lowerings:
  - "stackful":  a generator body run on its own stack; a yield is a call (ys_yield);
  - "stackless": the same body as a resumable function; a yield is a resume point (YS_YIELD);
  - "helper":    a plain function called with ys_function.call.

Both generator lowerings come from the same code below: only yields and the function's frame
differ. Python locals and everything CPython keeps on its value stack across a statement boundary
(for-loop iterators, exceptions being handled, pending return values, `yield from` iterators) live
in the frame struct, so nothing in a C local is ever live across a resume point: expression
temporaries (t1, t2, ...) die within their statement, and those live at a yield inside an
expression are moved into frame slots across it (expr_Yield).

Control flow follows CPython's compiler (compile.c): a `finally` body is emitted once for the
normal path, once for the exception path, and inline at every return/break/continue that leaves
it (compiler_unwind_fblock); exceptions unwind through a stack of blocks, each releasing what it
holds (a loop's iterator, a handler's exception and `as` name) before the next handler sees it.
"""

import ast
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from .cnames import EXC_STATE_SLOT, FRAME_CATCHES, RESUMER_HANDLED, c_string, python_name, python_symbol
from .objects import ObjectLowering, is_first_exception_argument

from subset import (code_compared, is_exception_call, is_gi_frame, is_sys_call, is_sys_exc_info_type_name,  # spec/tools,
                    is_type_name, sys_exc_info_index)  # on the path of every user of this package

BINARY_OPS = {ast.Add: "YS_ADD", ast.Sub: "YS_SUB", ast.Mult: "YS_MUL",
              ast.FloorDiv: "YS_FLOORDIV", ast.Mod: "YS_MOD"}
COMPARE_OPS = {ast.Eq: "YS_EQ", ast.NotEq: "YS_NE", ast.Lt: "YS_LT",
               ast.LtE: "YS_LE", ast.Gt: "YS_GT", ast.GtE: "YS_GE"}
# g.gi_frame only appears as `g.gi_frame is [not] None`: the runtime gives a non-None stand-in.
GENERATOR_ATTRIBUTE_ENUMS = {"gi_running": "YS_GI_RUNNING", "gi_suspended": "YS_GI_SUSPENDED",
                             "gi_yieldfrom": "YS_GI_YIELDFROM", "gi_frame": "YS_GI_FRAME",
                             "__name__": "YS_GI_NAME", "__qualname__": "YS_GI_QUALNAME"}
EXCEPTION_CHAIN_ENUMS = {"__context__": "YS_EXC_CONTEXT", "__cause__": "YS_EXC_CAUSE",
                         "__suppress_context__": "YS_EXC_SUPPRESS_CONTEXT"}
INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1
JUMPS = (ast.Return, ast.Raise, ast.Break, ast.Continue)  # statements control never passes
FUNCTION_ERROR = "function_error"


class LoweringError(Exception):
    """A construct the validator accepted but this compiler cannot lower: (line, reason)."""

    def __init__(self, line, reason):
        super().__init__(reason)
        self.line = line
        self.reason = reason


@dataclass
class Operand:
    """A value during expression evaluation, as C text.

    kind: "imm"  an immediate (None, bool, int literal): nothing to release;
          "temp" a new reference in a C temporary the statement must release;
          "slot" a frame slot, borrowed (nothing in an expression can rebind a local)."""
    code: str
    kind: str


@dataclass
class Block:
    """One entry of the block stack (CPython's fblock): what a jump or an exception leaving it must do.

    kind: "loop"         a while/for loop; slot = the frame stack slot of a for's iterator, if any;
                         held = a range loop's first state slot, which holds a range_iterator
                         when a bound is beyond 64 bits (released like slot; as no code can see
                         it released, close() need not resume the body for it);
          "try_except"   a try body with handlers; label = the handler dispatch;
          "handler"      an except body; slot = the exception being handled, name = its `as` name,
                         outer_handled = the slot of the enclosing handler's or finally's exception
                         (None: the resumer's, kept in the frame's RESUMER_HANDLED);
          "try_finally"  a try body with a finally; label = the exception path of the finally;
          "finally_exc"  a finally body run for an exception; slot = that exception, outer_handled
                         as for a handler;
          "return_value" a finally body run for a return; slot = the value being returned."""
    kind: str
    slot: Optional[int] = None
    held: Optional[int] = None
    name: Optional[str] = None
    label: Optional[str] = None
    outer_handled: Optional[int] = None
    finalbody: List[ast.stmt] = field(default_factory=list)
    # Where an exception passing through goes, by the block's depth: a carried return_value
    # block sits at a different depth in each finally body it is carried into.
    unwind_labels: Dict[int, str] = field(default_factory=dict)

    def holds_active_exception(self):
        return self.kind in ("handler", "finally_exc")


class FunctionLowering(ObjectLowering):
    def __init__(self, module, function, frame, lowering):
        self.module = module      # ModuleContext: exception classes, function symbols, source path
        self.function = function  # subset.Function
        self.frame = frame        # FrameLayout
        self.lowering = lowering  # "stackful", "stackless" or "helper"
        self.lines = []
        self.indent = 1
        self.blocks = []
        self.live = []            # temporaries holding references, in creation order
        self.temp_count = 0       # temporaries of the whole function: t1, t2, ... each used once
        self.declared = []        # per statement being lowered: the C locals it declares
        self.uses_frame = False   # whether the body refers to the frame (f->...)
        self.stack_depth = 0
        self.label_count = 0
        self.used_labels = set()
        self.unwind_sections = []  # (label, cleanup lines, next target)

    # ---- output ---------------------------------------------------------------------------------

    def emit(self, text):
        self.lines.append("    " * self.indent + text)

    def emit_line_directive(self, line):
        self.lines.append(f'#line {line} "{self.module.source_file}"')

    def emit_label(self, label):
        self.lines.append(f"{label}:;")

    def new_label(self, stem):
        self.label_count += 1
        return f"{stem}_{self.label_count}"

    def goto(self, label):
        self.used_labels.add(label)
        return f"goto {label};"

    def frame_ref(self):
        self.uses_frame = True
        return "f"

    def slot(self, index):
        return f"{self.frame_ref()}->stack[{index}]"

    def local(self, name):
        if name not in self.frame.locals:
            raise LoweringError(self.function.line, f"'{name}' is not a local of {self.function.name}()")
        return f"{self.frame_ref()}->{python_name(name)}"

    def push_slot(self):
        index = self.stack_depth
        self.stack_depth += 1
        self.frame.stack_size = max(self.frame.stack_size, self.stack_depth)
        return index

    def pop_slot(self):
        self.stack_depth -= 1

    # ---- the whole function ---------------------------------------------------------------------

    def lower(self):
        """The C statements of the body (without the function header): a list of lines."""
        body = self.function.node.body
        self.statements(body)
        if not isinstance(body[-1], (ast.Return, ast.Raise)):
            self.emit_line_directive(self.function.node.end_lineno)
            self.finish_return(Operand("ys_none()", "imm"))
        return self.lines

    def epilogue(self):
        """The unwind sections: lines that go after the body (after YS_END), reached only by goto."""
        lines = []
        for label, cleanup, target in self.unwind_sections:
            lines.append(f"{label}:")
            if self.lowering != "helper":  # what a generator's frame releases while it unwinds
                cleanup = ["ys_gen_set_unwinding(self, true);"] + cleanup + ["ys_gen_set_unwinding(self, false);"]
            lines.extend("    " + text for text in cleanup)
            lines.append(f"    goto {target};")
        return lines

    # ---- statements -----------------------------------------------------------------------------

    def statements(self, nodes):
        for node in nodes:
            self.statement(node)

    def statement(self, node):
        method = getattr(self, "stmt_" + type(node).__name__, None)
        if method is None:
            raise LoweringError(node.lineno, f"cannot compile a {type(node).__name__} statement")
        self.emit_line_directive(node.lineno)
        start = len(self.lines)
        self.declared.append([])
        method(node)
        self.scope_statement(start, self.declared.pop())
        assert not self.live, "a statement left a temporary unreleased"

    def scope_statement(self, start, names):
        """Put the statement emitted from lines[start] in a block declaring its C locals.

        Each temporary is its own variable, scoped to its statement: a C variable assigned in
        thousands of statements makes GCC's optimizer quadratic, and scoping lets -O0 reuse the
        stack slots. Names are unique in the function, so no block shadows another's."""
        if not names:
            return
        indent = "    " * self.indent
        self.lines.insert(start, f"{indent}{{ ys_value {', '.join(names)};")
        self.lines.append(f"{indent}}}")

    def stmt_Pass(self, node):
        pass

    def stmt_Expr(self, node):
        if isinstance(node.value, (ast.Yield, ast.YieldFrom)):
            self.yield_statement(node.value, None)
        else:
            self.release(self.expr(node.value))

    def stmt_Assign(self, node):
        if isinstance(node.targets[0], ast.Attribute):
            return self.attribute_assign(node.targets[0], node.value)
        target = node.targets[0].id
        if isinstance(node.value, (ast.Yield, ast.YieldFrom)):
            self.yield_statement(node.value, target)
        else:
            value = self.expr(node.value)
            self.emit(f"ys_setref(&{self.local(target)}, {self.own(value)});")

    def stmt_AugAssign(self, node):
        if isinstance(node.target, ast.Attribute):
            return self.attribute_augassign(node)
        target = node.target.id
        current = self.load_local(target)
        value = self.expr(node.value)
        result = self.call(f"yc_inplace({BINARY_OPS[type(node.op)]}, {current.code}, {value.code})",
                           [current, value])
        self.emit(f"ys_setref(&{self.local(target)}, {self.own(result)});")

    def stmt_If(self, node):
        self.emit(f"if ({self.truth(self.expr(node.test))}) {{")
        self.nested(node.body)
        if node.orelse:
            self.emit("} else {")
            self.nested(node.orelse)
        self.emit("}")

    def nested(self, nodes):
        self.indent += 1
        self.statements(nodes)
        self.indent -= 1

    def stmt_While(self, node):
        test = node.test
        always = isinstance(test, ast.Constant) and bool(test.value)
        self.emit("for (;;) {")
        self.indent += 1
        if not always:
            self.emit(f"if (!{self.truth(self.expr(test))})")
            self.emit("    break;")
        self.loop_body(Block("loop"), node.body)
        self.indent -= 1
        self.emit("}")

    def loop_body(self, block, body):
        self.blocks.append(block)
        self.statements(body)
        self.blocks.pop()

    def stmt_For(self, node):
        iterable = node.iter
        target = self.local(node.target.id)
        if isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Name) and iterable.func.id == "range":
            self.range_loop(node, target, iterable.args)
        else:
            self.generator_loop(node, target, iterable)

    def range_loop(self, node, target, args):
        """CPython keeps one range iterator on the stack; its state is three ints (next, stop, step),
        or a range_iterator in the first slot when a bound is beyond 64 bits (yc_range_start)."""
        operands = [self.expr(a) for a in args]
        state = [self.push_slot() for _ in range(3)]
        argv = ", ".join(o.code for o in operands)
        self.emit(f"if (!yc_range_start(&{self.slot(state[0])}, {len(operands)}, (const ys_value[]){{{argv}}})) {{")
        self.emit(f"    {self.raise_goto()}")
        self.emit("}")
        self.release_all(operands)
        self.blocks.append(Block("loop", held=state[0]))
        self.emit("for (;;) {")
        self.indent += 1
        item = self.new_temp()
        self.emit(f"if (!yc_range_next(&{self.slot(state[0])}, &{item})) {{")
        self.emit(f"    if (ys_err_occurred()) {self.goto(self.exception_target())}")
        self.emit("    break;")
        self.emit("}")
        self.emit(f"ys_setref(&{target}, {item});")
        self.statements(node.body)
        self.indent -= 1
        self.emit("}")
        self.blocks.pop()
        self.emit(f"ys_setref(&{self.slot(state[0])}, ys_null()); /* the loop's range is done */")
        for _ in state:
            self.pop_slot()

    def generator_loop(self, node, target, iterable):
        value = self.expr(iterable)
        iterator = self.call(f"yc_iter({self.own(value)})", [])
        slot = self.push_slot()
        self.emit(f"{self.slot(slot)} = {self.own(iterator)};")
        block = Block("loop", slot=slot)
        self.blocks.append(block)
        self.emit("for (;;) {")
        self.indent += 1
        item = self.new_temp()
        self.emit(f"{item} = yc_for_next({self.slot(slot)});")
        self.emit(f"if (ys_is_null({item})) {{")
        self.emit(f"    if (ys_err_occurred()) {self.goto(self.exception_target())}")
        self.emit("    break;")
        self.emit("}")
        self.emit(f"ys_setref(&{target}, {item});")
        self.statements(node.body)
        self.indent -= 1
        self.emit("}")
        self.blocks.pop()
        self.emit(f"ys_setref(&{self.slot(slot)}, ys_null()); /* the loop's iterator is done */")
        self.pop_slot()

    def stmt_Break(self, node):
        self.unwind(self.innermost_loop(), [])
        self.emit("break;")

    def stmt_Continue(self, node):
        self.unwind(self.innermost_loop(), [])
        self.emit("continue;")

    def innermost_loop(self):
        for index in range(len(self.blocks) - 1, -1, -1):
            if self.blocks[index].kind == "loop":
                return index + 1  # unwind everything above the loop, not the loop itself
        raise AssertionError("break/continue outside a loop passed the validator")

    def stmt_Return(self, node):
        value = self.expr(node.value) if node.value is not None else Operand("ys_none()", "imm")
        if not any(b.kind == "try_finally" for b in self.blocks):
            # Own the value before unwinding: a handler's cleanup may unbind the local it came from.
            if value.kind == "slot":
                value = self.to_temp(value)
            self.unwind(0, [])
            self.finish_return(value)
            return
        # A finally body runs before the return and may yield: keep the value in the frame.
        slot = self.push_slot()
        self.emit(f"{self.slot(slot)} = {self.own(value)};")
        self.unwind(0, [Block("return_value", slot=slot)])
        result = self.new_temp()
        self.emit(f"{result} = {self.slot(slot)};")
        self.emit(f"{self.slot(slot)} = ys_null();")
        self.pop_slot()
        self.live.append(result)
        self.finish_return(Operand(result, "temp"))

    def finish_return(self, value):
        """Return `value` (an immediate, a live temporary, or a slot already increfed)."""
        code = self.own(value)
        if self.lowering == "helper":
            self.emit(f"result = {code};")
            self.emit(self.goto("function_return"))
        else:
            self.emit(f"YS_RETURN(self, {code});")

    def stmt_Raise(self, node):
        """A bare raise re-raises as is; any other raise chains the new exception to the handled one
        (ys_err_raise), and `from` sets its __cause__."""
        exc = node.exc
        if exc is None and self.handled_slot() is None:
            self.emit("ys_err_reraise_handled(); /* the caller's handled exception, if any */")
        elif exc is None:
            slot = self.handled_slot()
            self.emit(f"ys_incref({self.slot(slot)});")
            self.emit(f"ys_err_set({self.slot(slot)});")
        elif node.cause is None and self.is_exception_class(exc):
            self.emit(f"ys_err_set_type({self.module.exc_type(exc.id)});")
        else:
            instance = self.raised_value(exc)
            if node.cause is None:
                self.emit(f"ys_err_raise({self.own(instance)});")
            else:
                cause = self.raised_value(node.cause)
                self.emit(f"ys_err_raise_from({self.own(instance)}, {cause.code});")
                self.release(cause)
        self.emit(self.goto(self.exception_target()))

    def is_exception_class(self, node):
        return isinstance(node, ast.Name) and node.id not in self.frame.locals

    def raised_value(self, node):
        """What `raise X` or `from X` gives: a class is instantiated (T()), T(arg) is made, anything
        else (a local, None) is evaluated as it is."""
        if self.is_exception_class(node):
            return self.call(f"ys_exc_new({self.module.exc_type(node.id)}, 0, NULL)", [])
        if is_exception_call(node, self.module.classes):
            return self.exception_instance(node)
        return self.expr(node)

    def handled_slot(self):
        """The stack slot of the exception this point of the body handles (innermost except or
        exception-path finally block), or None outside them."""
        for block in reversed(self.blocks):
            if block.holds_active_exception():
                return block.slot
        return None

    def enter_handling(self, slot):
        """A handler (or an exception-path finally) begins: its exception becomes the handled one
        (the top of CPython's exc_info chain) until it ends or yields. Returns the slot of the one it
        replaces (None: the resumer's, kept in the frame)."""
        outer = self.handled_slot()
        if outer is None:
            self.emit(f"{self.frame_ref()}->{RESUMER_HANDLED} = ys_err_handled_swap({self.slot(slot)});")
        else:
            self.emit(f"ys_err_handled_swap({self.slot(slot)});")
        return outer

    def leave_handling(self, block):
        """C statement putting back the handled exception a handling block replaced."""
        if block.outer_handled is None:
            return f"ys_err_handled_swap({self.frame_ref()}->{RESUMER_HANDLED});"
        return f"ys_err_handled_swap({self.slot(block.outer_handled)});"

    def stmt_Try(self, node):
        self.emit("/* try: */")
        if node.finalbody:
            self.try_finally(node)
        else:
            self.try_except(node)

    def try_finally(self, node):
        block = Block("try_finally", label=self.new_label("finally"), finalbody=node.finalbody)
        end = self.new_label("try_end")
        self.blocks.append(block)
        if node.handlers:
            self.try_except(node)
        else:
            self.statements(node.body)
        self.blocks.pop()
        if node.handlers or not isinstance(node.body[-1], JUMPS):  # else no path ends the body normally
            self.emit("/* finally, on the way out without an exception */")
            self.statements(node.finalbody)
        if block.label not in self.used_labels:
            return
        self.emit(self.goto(end))
        self.emit_label(block.label)
        self.emit("/* finally, with an exception propagating */")
        slot = self.push_slot()
        self.emit(f"{self.slot(slot)} = {self.catch()};")
        finally_block = Block("finally_exc", slot=slot, outer_handled=self.enter_handling(slot))
        self.blocks.append(finally_block)
        self.statements(node.finalbody)
        self.blocks.pop()
        self.emit(self.leave_handling(finally_block))
        self.emit(f"ys_err_set({self.slot(slot)});")
        self.emit(f"{self.slot(slot)} = ys_null();")
        self.pop_slot()
        self.emit(self.goto(self.exception_target()))
        self.emit_label(end)

    def try_except(self, node):
        block = Block("try_except", label=self.new_label("except"))
        end = self.new_label("try_end")
        self.blocks.append(block)
        self.statements(node.body)
        self.blocks.pop()
        if node.orelse:
            self.emit("/* else */")
            self.statements(node.orelse)
        if block.label not in self.used_labels:
            return
        self.emit(self.goto(end))
        self.emit_label(block.label)
        slot = self.push_slot()
        exc = self.slot(slot)
        self.emit(f"{exc} = {self.catch()};")
        for handler in node.handlers:
            self.emit_line_directive(handler.lineno)
            types = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
            if handler.type is None:  # a bare `except:` matches every exception
                types = []
            test = " || ".join(f"ys_exc_matches({exc}, {self.module.exc_type(t.id)})"
                               for t in types) or "true"
            self.emit(f"if ({test}) {{")
            self.indent += 1
            if handler.name:
                self.emit(f"ys_incref({exc});")
                self.emit(f"ys_setref(&{self.local(handler.name)}, {exc});")
            handler_block = Block("handler", slot=slot, name=handler.name, outer_handled=self.enter_handling(slot))
            self.blocks.append(handler_block)
            self.statements(handler.body)
            self.blocks.pop()
            for text in self.block_cleanup(handler_block):
                self.emit(text)
            self.emit(self.goto(end))
            self.indent -= 1
            self.emit("}")
        self.emit("/* no handler matched: the exception propagates */")
        self.emit(f"ys_err_set({exc});")
        self.emit(f"{exc} = ys_null();")
        self.pop_slot()
        self.emit(self.goto(self.exception_target()))
        self.emit_label(end)

    def catch(self):
        """The C expression taking the exception a handler begins with, marked as caught in this
        frame (ys_err_catch, or a plain function's frame's FRAME_CATCHES): its traceback would lead
        back there."""
        if self.lowering == "helper":
            return f"ys_err_catch_in_function(&{self.frame_ref()}->{FRAME_CATCHES})"
        return "ys_err_catch(self)"

    # ---- yield ----------------------------------------------------------------------------------

    def record_exc_state_slot(self):
        """Before a yield of a body with except clauses: which stack slot CPython would keep in the
        generator's exc_state (gi_exc_state) rather than in its frame while suspended here. That is
        the exception of the innermost active handler when it is an except clause; a finally body
        run for an exception keeps its exception on the frame's stack, and entering any handler
        pushes the enclosing handler's exception there (PUSH_EXC_INFO; SETUP_FINALLY's handler
        before 3.11). Stored as slot + 1, 0 for none; read by the frame's traverse function."""
        if not self.frame.tracks_exc_state:
            return
        slot = -1
        for block in reversed(self.blocks):
            if block.holds_active_exception():
                slot = block.slot if block.kind == "handler" else -1
                break
        self.emit(f"{self.frame_ref()}->{EXC_STATE_SLOT} = {slot + 1};")

    def suspend_handling(self):
        """Before a yield inside a handler: the generator handles its exception while suspended
        (CPython's gi_exc_state, which the core chains thrown exceptions to), and the resumer gets
        its own handled exception back."""
        handled = self.handled_slot()
        if handled is not None:
            self.emit(f"ys_gen_suspended_handling(self, {self.slot(handled)});")
            self.emit(f"ys_err_handled_swap({self.frame_ref()}->{RESUMER_HANDLED});")

    def resume_handling(self):
        """After that yield: the (new) resumer's handled exception is kept, the handler's is back."""
        handled = self.handled_slot()
        if handled is not None:
            self.emit(f"{self.frame_ref()}->{RESUMER_HANDLED} = ys_err_handled_swap({self.slot(handled)});")
            self.emit("ys_gen_suspended_handling(self, ys_null());")

    def yield_statement(self, node, target):
        self.record_exc_state_slot()
        received = self.declare("received")  # what the resumer sent in
        if isinstance(node, ast.YieldFrom):
            iterable = self.expr(node.value)
            self.delegate(iterable, received)
        else:
            value = self.expr(node.value) if node.value is not None else Operand("ys_none()", "imm")
            self.suspend(value, received, spilled=False)
        self.emit(f"if (ys_is_null({received})) {self.goto(self.exception_target())}")
        if target is None:
            self.emit(f"ys_decref({received});")
        else:
            self.emit(f"ys_setref(&{self.local(target)}, {received});")

    def delegate(self, iterable, received):
        """yield from `iterable` (an operand, taken over) into the C variable `received`."""
        slot = self.push_slot()
        self.emit(f"{self.slot(slot)} = {self.own(iterable)};")
        self.suspend_handling()
        if self.lowering == "stackful":
            self.emit(f"{received} = ys_yield_from(self, {self.slot(slot)});")
        else:
            self.emit(f"YS_YIELD_FROM(self, {self.slot(slot)}, {received});")
        self.resume_handling()
        # Released as the yield from ends; if it raised, while the frame unwinds.
        self.emit(f"if (ys_is_null({received})) ys_gen_release_unwinding(self, &{self.slot(slot)});")
        self.emit(f"else ys_setref(&{self.slot(slot)}, ys_null());")
        self.pop_slot()

    def suspend(self, value, received, spilled):
        """yield `value` (an operand, taken over) into the C variable `received`."""
        code = self.own(value)
        self.suspend_handling()
        if self.lowering == "stackful":
            self.emit(f"{received} = ys_yield(self, {code});")
        elif self.guarded() or self.unguarded_with_stack(spilled):
            self.emit(f"YS_YIELD(self, {code}, {received});")
        else:  # close() clears the frame without resuming the body here
            self.emit(f"YS_YIELD_UNGUARDED(self, {code}, {received});")
        self.resume_handling()
        if self.unguarded_with_stack(spilled):
            self.emit(f"if (ys_is_null({received}) && yc_close_skips_unwinding(self))")
            self.emit("    ys_gen_clear_frame_closed(self); /* locals first, then the stack */")

    def unguarded_with_stack(self, spilled=False):
        """At a yield outside every try block, with values on the stack (loop iterators, a pending
        return value, `spilled` operands of a yield inside an expression): the one place where
        3.13's close() order (clear the frame: locals, then the stack) differs from unwinding
        (stack items released innermost first, then the locals)."""
        return not self.guarded() and (spilled or any(b.slot is not None for b in self.blocks))

    def guarded(self):
        """Inside a try block, a handler or a finally block run while an exception propagates."""
        return any(b.kind in ("try_except", "try_finally", "handler", "finally_exc") for b in self.blocks)

    def expr_Yield(self, node):
        """A yield inside an expression (`1 + (yield)`, `emit((yield))`): the operands evaluated
        before it (CPython's value stack) wait in frame slots across the resume point, as nothing
        in a C local survives one; the received value is the expression's."""
        self.record_exc_state_slot()
        received = self.new_temp()
        if isinstance(node, ast.YieldFrom):
            operand = self.expr(node.value)
        else:
            operand = self.expr(node.value) if node.value is not None else Operand("ys_none()", "imm")
        spilled = [(t, self.push_slot()) for t in self.live if t != operand.code]
        for temp, slot in spilled:
            self.emit(f"{self.slot(slot)} = {temp};")
        if isinstance(node, ast.YieldFrom):
            self.delegate(operand, received)
        else:
            self.suspend(operand, received, spilled=bool(spilled))
        for temp, slot in spilled:
            self.emit(f"{temp} = {self.slot(slot)}; {self.slot(slot)} = ys_null();")
        for _ in spilled:
            self.pop_slot()
        self.emit(f"if (ys_is_null({received})) {{ {self.raise_goto()} }}")
        self.live.append(received)
        return Operand(received, "temp")

    expr_YieldFrom = expr_Yield

    # ---- leaving blocks -------------------------------------------------------------------------

    def unwind(self, until, carried):
        """Emit what a return/break/continue does on leaving every block above index `until`.

        `carried` are blocks that stay innermost while the inlined finally bodies run (the pending
        return value, which must be released if a finally body raises or jumps elsewhere)."""
        saved = self.blocks
        for index in range(len(saved) - 1, until - 1, -1):
            block = saved[index]
            if block.kind == "try_finally":
                self.blocks = saved[:index] + carried
                self.emit("/* finally, on the way out of the jump */")
                self.statements(block.finalbody)
            else:
                for text in self.block_cleanup(block):
                    self.emit(text)
        self.blocks = saved

    def block_cleanup(self, block):
        """C statements releasing what a block holds when control leaves it (no exception handling).

        The same when an exception is pending: the one a handler held lives on as its __context__
        if it was chained there when raised."""
        def release_held_exception():
            slot = self.slot(block.slot)
            release = (f"ys_err_release_caught_in_function(&{self.frame_ref()}->{FRAME_CATCHES}, &{slot});"
                       if self.lowering == "helper" else f"ys_err_release_caught(self, &{slot});")
            return [self.leave_handling(block), release]

        if block.kind == "handler":
            # CPython ends a named handler with `name = None; del name`.
            unbind = [f"ys_setref(&{self.local(block.name)}, ys_null());"] if block.name else []
            return unbind + release_held_exception()
        if block.kind == "finally_exc":
            return release_held_exception()
        if block.kind in ("loop", "return_value") and block.slot is not None:
            return [f"ys_setref(&{self.slot(block.slot)}, ys_null());"]
        if block.held is not None:
            return [f"ys_setref(&{self.slot(block.held)}, ys_null());"]
        return []

    def exception_target(self, depth=None):
        """The label an exception raised here goes to (with no temporaries to release)."""
        depth = len(self.blocks) if depth is None else depth
        for index in range(depth - 1, -1, -1):
            block = self.blocks[index]
            if block.kind in ("try_except", "try_finally"):
                return block.label
            cleanup = self.block_cleanup(block)
            if cleanup:
                if index not in block.unwind_labels:
                    label = block.unwind_labels[index] = self.new_label("unwind")
                    self.unwind_sections.append((label, cleanup, self.goto_target(index)))
                return block.unwind_labels[index]
        self.used_labels.add(FUNCTION_ERROR)
        return FUNCTION_ERROR

    def goto_target(self, depth):
        label = self.exception_target(depth)
        self.used_labels.add(label)
        return label

    def raise_goto(self):
        """Leave for the exception target, releasing the statement's live temporaries first."""
        releases = "".join(f"ys_decref({t}); " for t in reversed(self.live))
        if releases and self.lowering != "helper":  # they are on CPython's value stack, which unwinds
            releases = f"ys_gen_set_unwinding(self, true); {releases}ys_gen_set_unwinding(self, false); "
        return releases + self.goto(self.exception_target())

    # ---- expressions ----------------------------------------------------------------------------

    def new_temp(self):
        self.temp_count += 1
        return self.declare(f"t{self.temp_count}")

    def declare(self, name):
        """A ys_value C local of the statement being lowered."""
        self.declared[-1].append(name)
        return name

    def call(self, c_call, operands):
        """t = c_call (a new reference or YS_NULL); release the operands; leave on YS_NULL."""
        result = self.new_temp()
        self.emit(f"{result} = {c_call};")
        self.release_all(operands)
        self.emit(f"if (ys_is_null({result})) {{ {self.raise_goto()} }}")
        self.live.append(result)
        return Operand(result, "temp")

    def release(self, operand):
        if operand.kind == "temp":
            self.live.remove(operand.code)
            self.emit(f"ys_decref({operand.code});")

    def release_all(self, operands):
        for operand in operands:
            self.release(operand)

    def own(self, operand):
        """C text of a new reference to the operand's value; the caller takes it over."""
        if operand.kind == "temp":
            self.live.remove(operand.code)
        elif operand.kind == "slot":
            self.emit(f"ys_incref({operand.code});")
        return operand.code

    def to_temp(self, operand):
        """The operand as a live temporary of its own."""
        result = self.new_temp()
        self.emit(f"{result} = {self.own(operand)};")
        self.live.append(result)
        return Operand(result, "temp")

    def truth(self, operand):
        """A C condition: the operand's truth value; the operand is released by the test."""
        if operand.kind == "temp":
            self.live.remove(operand.code)
            return f"yc_truth({operand.code})"
        return f"ys_truthy({operand.code})"

    def expr(self, node):
        method = getattr(self, "expr_" + type(node).__name__, None)
        if method is None:
            raise LoweringError(node.lineno, f"cannot compile a {type(node).__name__} expression")
        return method(node)

    def expr_Constant(self, node):
        value = node.value
        if value is None:
            return Operand("ys_none()", "imm")
        if isinstance(value, bool):
            return Operand(f"ys_bool({'true' if value else 'false'})", "imm")
        if isinstance(value, int):
            return self.int_constant(value)
        literal, length = c_string(value)
        return self.call(f"ys_str_new({literal}, {length})", [])

    def int_constant(self, value):
        """An int literal: an immediate within 64 bits, else the module's int made once from its digits."""
        if INT64_MIN <= value <= INT64_MAX:
            return Operand(f"ys_int({c_int(value)})", "imm")
        return self.call(f'yc_int_literal(&{self.module.int_literal_symbol(value)}, "{value}")', [])

    def expr_Name(self, node):
        return self.load_local(node.id)

    def load_local(self, name):
        slot = self.local(name)
        if not self.frame.always_bound(name):
            self.emit(f"if (ys_is_null({slot})) {{ yc_raise_unbound_local({c_string(name)[0]}); {self.raise_goto()} }}")
        return Operand(slot, "slot")

    def expr_BinOp(self, node):
        left = self.expr(node.left)
        right = self.expr(node.right)
        return self.call(f"ys_binary({BINARY_OPS[type(node.op)]}, {left.code}, {right.code})", [left, right])

    def expr_UnaryOp(self, node):
        if isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant) \
                and type(node.operand.value) is int:
            return self.int_constant(-node.operand.value)
        operand = self.expr(node.operand)
        if isinstance(node.op, ast.Not):
            result = self.new_temp()
            self.emit(f"{result} = ys_bool(!{self.truth(operand)});")
            self.live.append(result)
            return Operand(result, "temp")
        return self.call(f"yc_negative({operand.code})", [operand])

    def expr_BoolOp(self, node):
        """`a and b`: a if a is false, else b (each evaluated at most once, left to right)."""
        result = self.new_temp()
        first = self.expr(node.values[0])
        self.emit(f"{result} = {self.own(first)};")
        test = "ys_truthy" if isinstance(node.op, ast.And) else "!ys_truthy"
        opened = 0
        for value in node.values[1:]:
            self.emit(f"if ({test}({result})) {{")
            self.indent += 1
            opened += 1
            self.emit(f"ys_decref({result});")
            self.emit(f"{result} = {self.own(self.expr(value))};")
        for _ in range(opened):
            self.indent -= 1
            self.emit("}")
        self.live.append(result)
        return Operand(result, "temp")

    def expr_IfExp(self, node):
        result = self.new_temp()
        self.emit(f"if ({self.truth(self.expr(node.test))}) {{")
        self.indent += 1
        self.emit(f"{result} = {self.own(self.expr(node.body))};")
        self.indent -= 1
        self.emit("} else {")
        self.indent += 1
        self.emit(f"{result} = {self.own(self.expr(node.orelse))};")
        self.indent -= 1
        self.emit("}")
        self.live.append(result)
        return Operand(result, "temp")

    def expr_Compare(self, node):
        op = node.ops[0]
        if isinstance(op, (ast.Is, ast.IsNot)) and code_compared(node) is not None:
            generator, function = code_compared(node)
            gen = self.expr(generator)
            result = self.call(f"ys_gen_code_is({gen.code}, &{python_symbol(function, 'code')})", [gen])
            return self.call(f"ys_bool(!ys_truthy({result.code}))", [result]) if isinstance(op, ast.IsNot) else result
        if sys_exc_info_index(node.left) is not None:
            # sys.exc_info()[i] is None: the class and the traceback are there exactly when the exception is
            left = self.call("ys_sys_exc_info_value()", [])
        else:
            left = self.expr(node.left)
        right = self.expr(node.comparators[0])
        if isinstance(op, (ast.Is, ast.IsNot)):
            negate = "!" if isinstance(op, ast.IsNot) else ""
            result = self.new_temp()
            self.emit(f"{result} = ys_bool({negate}ys_is({left.code}, {right.code}));")
            self.release_all([left, right])
            self.live.append(result)
            return Operand(result, "temp")
        return self.call(f"ys_compare({COMPARE_OPS[type(op)]}, {left.code}, {right.code})", [left, right])

    def expr_Attribute(self, node):  # e.value, e.args, e.__context__ & co, an instance's, a generator's, type(x).__name__
        if node.attr in EXCEPTION_CHAIN_ENUMS:
            exc = self.expr(node.value)
            return self.call(f"ys_exc_chain_attribute({exc.code}, {EXCEPTION_CHAIN_ENUMS[node.attr]})", [exc])
        if is_sys_exc_info_type_name(node):
            return self.call("ys_sys_exc_info_type_name()", [])
        if is_type_name(node):
            operand = node.value.args[0]
            if is_gi_frame(operand):  # frames are no values: the runtime names the type of the one it has
                gen = self.expr(operand.value)
                return self.call(f"ys_gen_attribute({gen.code}, YS_GI_FRAME_TYPE)", [gen])
            value = self.expr(operand)
            return self.call(f"ys_type_name_of({value.code})", [value])
        if node.attr in GENERATOR_ATTRIBUTE_ENUMS:
            gen = self.expr(node.value)
            return self.call(f"ys_gen_attribute({gen.code}, {GENERATOR_ATTRIBUTE_ENUMS[node.attr]})", [gen])
        if node.attr in self.module.attribute_names:
            return self.attribute_load(node)
        if node.attr == "args":
            return self.exception_args(node)
        exc = self.expr(node.value)
        return self.call(f"ys_exc_stop_value({exc.code})", [exc])

    def expr_Subscript(self, node):  # e.args[0], sys.exc_info()[1]
        if sys_exc_info_index(node) == 1:
            return self.call("ys_sys_exc_info_value()", [])
        if not is_first_exception_argument(node):
            return self.subscript(node)
        exc = self.expr(node.value.value)
        return self.call(f"ys_exc_args_item({exc.code}, ys_int(0))", [exc])

    def expr_Call(self, node):
        func = node.func
        if is_sys_call(node, "exception"):
            return self.call("ys_sys_exception()", [])
        if isinstance(func, ast.Attribute):
            return self.method_call(node, func)
        name = func.id
        args = [self.expr(a) for a in node.args]
        argv = ", ".join(a.code for a in args)
        if name == "emit":
            return self.call(f"ys_emit({argv})", args)
        if name == "state":
            return self.call(f"ys_state({argv})", args)
        if name == "next":
            return self.call(f"ys_{'next' if len(args) == 1 else 'next_default'}({argv})", args)
        if name in ("len", "range"):  # range() only in `yield from range(...)`: a for loop has its own
            return self.tuple_builtin_call(name, args)
        if name == "iter":  # an object's __iter__ runs Python code
            return self.call(f"ys_iter({argv})", args)
        if name in self.module.iterator_classes:
            return self.instantiate(name, args)
        symbol = self.module.function_symbol(name, node.lineno)
        array = f"(const ys_value[]){{{argv}}}" if args else "NULL"
        return self.call(f"{symbol}({array})", args)

    def method_call(self, node, func):
        if func.attr in self.module.class_methods:
            return self.class_method_call(node, func)
        receiver = self.expr(func.value)
        if func.attr != "close":  # CPython looks the method up before evaluating its arguments
            receiver = self.call(f'yc_method_receiver({receiver.code}, "{func.attr}")', [receiver])
        if func.attr == "send":
            value = self.expr(node.args[0])
            return self.call(f"ys_send({receiver.code}, {value.code})", [receiver, value])
        if func.attr == "close":
            return self.call(f"ys_close({receiver.code})", [receiver])
        if len(node.args) > 1:
            return self.throw_args_call(node, receiver)
        instance = self.raised_value(node.args[0])  # g.throw("abc"): ys_throw refuses it with TypeError
        return self.call(f"ys_throw({receiver.code}, {instance.code})", [receiver, instance])

    def throw_args_call(self, node, receiver):
        """g.throw(T, value[, tb]) or g.throw(T(arg), value[, tb]): the class, or the instance,
        goes to the runtime as given, which makes the exception where it is raised."""
        spec = node.args[0]
        if isinstance(spec, ast.Name):
            exc_type, instance = self.module.exc_type(spec.id), Operand("ys_null()", "imm")
        else:
            exc_type, instance = "NULL", self.exception_instance(spec)
        value, tb = [self.exception_instance(a) if is_exception_call(a, self.module.classes) else self.expr(a)
                     for a in node.args[1:]] + [Operand("ys_null()", "imm")] * (3 - len(node.args))
        return self.call(f"ys_throw_args({receiver.code}, {exc_type}, {instance.code}, {value.code},"
                                f" {tb.code})", [receiver, instance, value, tb])

    def exception_instance(self, node):
        """T(arg) or T() in raise and g.throw()."""
        exc_type = self.module.exc_type(node.func.id)
        args = [self.expr(a) for a in node.args]
        if not args:
            return self.call(f"ys_exc_new({exc_type}, 0, NULL)", [])
        argv = ", ".join(a.code for a in args)
        return self.call(f"ys_exc_new({exc_type}, {len(args)}, (const ys_value[]){{{argv}}})", args)


def c_int(value):
    """An int64 literal (INT64_MIN has no literal of its own in C)."""
    return "INT64_MIN" if value == INT64_MIN else str(value)
