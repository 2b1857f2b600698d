"""One scenario module -> one C file defining its ys_scenario (conformance/include/yieldspec/scenario.h)."""

import ast
import dataclasses
import types
from dataclasses import dataclass, field
from typing import List

from .cnames import BUILTIN_EXCEPTION_ALIASES, EXC_STATE_SLOT, FRAME_CATCHES, RESUMER_HANDLED, c_comment, c_string, python_name, python_symbol
from .lower import FUNCTION_ERROR, INT64_MAX, INT64_MIN, FunctionLowering, LoweringError, c_int

GENERATED_BY = "conformance/compiler"


def scenario_symbol(name):
    """The C name of the ys_scenario for "category/stem"."""
    return "ys_scenario_" + name.replace("/", "__")


@dataclass
class FrameLayout:
    """A function's frame: its locals in CPython's co_varnames order (parameters first), then the
    value stack slots the body needs (sized while lowering)."""
    locals: List[str]
    params: List[str]
    unbindable: set = field(default_factory=set)  # names an `except ... as name` deletes
    stack_size: int = 0
    tracks_exc_state: bool = False  # a generator with except clauses: see lower.record_exc_state_slot
    handles_exceptions: bool = False  # has except or finally blocks: see lower.enter_handling

    def always_bound(self, name):
        """Parameters are bound on entry and nothing but an except clause's cleanup unbinds a local."""
        return name in self.params and name not in self.unbindable

    def fields(self):
        return [python_name(n) for n in self.locals] + \
            ([f"stack[{self.stack_size}]"] if self.stack_size else [])

    def has_frame(self):
        """A struct is needed for any value, and for the exc_state slot number the yields record
        even when no handler's exception reaches the stack (an unreachable except clause)."""
        return bool(self.fields()) or self.tracks_exc_state


class ModuleContext:
    """What every function of the module may refer to."""

    def __init__(self, scenario, source_file):
        self.scenario = scenario
        self.source_file = source_file
        self.classes = {c.name for c in scenario.classes}
        self.functions = {f.name for f in scenario.functions}
        self.iterator_classes = {c.name: c for c in scenario.iterator_classes}
        self.attribute_names = {a for c in scenario.iterator_classes for a in c.attributes}
        # methods called as obj.m(...) through ys_call_method; send/throw/close go through ys_send & co.
        self.class_methods = {m.name for c in scenario.iterator_classes for m in c.methods} - {"send", "throw", "close"}
        self.int_literals = {}  # each int literal beyond 64 bits -> the static its value is kept in

    def int_literal_symbol(self, value):
        """The static holding an int literal beyond 64 bits, made on first use (yc_int_literal)."""
        return self.int_literals.setdefault(value, f"int_literal{len(self.int_literals) + 1}")

    def exc_type(self, name):
        if name in self.classes:
            return python_symbol(name, "exc")
        return f"YS_EXC({BUILTIN_EXCEPTION_ALIASES.get(name, name)})"

    def function_symbol(self, name, line):
        if name not in self.functions:
            raise LoweringError(line, f"call of unknown function '{name}'")
        return python_symbol(name, "call")


def frame_layouts(scenario, source):
    """Each function's locals exactly as CPython orders them: compile the module and read co_varnames."""
    code = compile(source, scenario.file, "exec", dont_inherit=True)
    # A lambda's code is named "<lambda>": every function's is found by its name and first line.
    functions = {(f.code_name or f.name, f.line): f for f in scenario.functions}
    layouts = {}
    for const in code.co_consts:
        function = functions.get((const.co_name, const.co_firstlineno)) if isinstance(const, types.CodeType) else None
        if function is not None:  # not a class body
            handlers = [h for h in ast.walk(function.node) if isinstance(h, ast.ExceptHandler)]
            unbindable = {h.name for h in handlers if h.name}
            layouts[function.name] = FrameLayout(list(const.co_varnames), list(function.params), unbindable,
                                                 tracks_exc_state=function.is_generator and bool(handlers),
                                                 handles_exceptions=handles_exceptions(function.node))
    classes = {c.name: c for c in scenario.iterator_classes}
    for class_code in code.co_consts:
        if isinstance(class_code, types.CodeType) and class_code.co_name in classes:
            methods = {m.name: m for m in classes[class_code.co_name].methods}
            for const in class_code.co_consts:
                if isinstance(const, types.CodeType) and const.co_name in methods:
                    method = methods[const.co_name]
                    unbindable = {h.name for h in ast.walk(method.node) if isinstance(h, ast.ExceptHandler) and h.name}
                    layouts[method_function(class_code.co_name, method).name] = FrameLayout(
                        list(const.co_varnames), list(method.params), unbindable,
                        handles_exceptions=handles_exceptions(method.node))
    return layouts


def handles_exceptions(function_node):
    """Whether a function has except or finally blocks, which make their exception the handled one."""
    return any(isinstance(t, ast.Try) and (t.handlers or t.finalbody) for t in ast.walk(function_node))


# Joins a class name and a method name into the name a method is compiled under: no Python identifier
# holds this character, so the name is never a function's, and cnames spells it as a unique C name.
METHOD_SEPARATOR = "\u2192"


def method_function(class_name, method):
    """The method as a plain helper of its own name (its C symbols derive from that name)."""
    return dataclasses.replace(method, name=class_name + METHOD_SEPARATOR + method.name)


class ScenarioWriter:
    def __init__(self, scenario, source, source_file, output_name):
        self.scenario = scenario
        self.source_file = source_file
        self.output_name = output_name
        self.context = ModuleContext(scenario, source_file)
        self.layouts = frame_layouts(scenario, source)
        self.out = []

    def write(self):
        """The C text (raises LoweringError)."""
        sc = self.scenario
        self.out += [
            f"/* Generated by {GENERATED_BY} from {self.source_file} — do not edit.",
            f" * {c_comment(sc.docstring)} */",
            '#include "yieldspec/scenario.h"',
            '#include "yieldspec/stackless.h"',
            '#include "yc_support.h"',
            "",
        ]
        if sc.classes:
            self.out.append("/* The module's exception classes, registered by setup() in source order. */")
            self.out += [f"static const ys_exc_type *{python_symbol(c.name, 'exc')};" for c in sc.classes]
            self.out.append("")
        self.out.append("/* Functions may call functions defined further down. */")
        self.out += [f"static ys_value {python_symbol(f.name, 'call')}(const ys_value *args);" for f in sc.functions]
        self.out.append("/* `g.gi_code is f.__code__` may name a generator function defined further down. */")
        self.out += [f"static const ys_code {python_symbol(f.name, 'code')};" for f in sc.functions if f.is_generator]
        self.declare_iterator_classes()
        literals_at = len(self.out)
        for function in sc.functions:
            self.function(function, self.layouts[function.name])
        self.iterator_classes()
        self.out[literals_at:literals_at] = self.int_literal_statics()
        self.setup()
        self.teardown()
        self.tables()
        return "\n".join(self.out) + "\n"

    # ---- functions ------------------------------------------------------------------------------

    def function(self, function, layout):
        lowerings = ["stackful", "stackless"] if function.is_generator else ["helper"]
        bodies = []
        for kind in lowerings:
            lowering = FunctionLowering(self.context, function, layout, kind)
            bodies.append((lowering, lowering.lower()))
        name = function.name
        self.out.append("")
        self.out.append(f"/* def {name}({', '.join(function.params)}): line {function.line} */")
        if layout.has_frame():
            self.out.append(f"struct {python_symbol(name, 'frame')} {{")
            self.out += [f"    ys_value {f};" for f in layout.fields()]
            if layout.tracks_exc_state:
                self.out.append(f"    int {EXC_STATE_SLOT}; /* 1 + the stack slot CPython keeps in gi_exc_state here */")
            if layout.handles_exceptions:
                self.out.append(f"    ys_value {RESUMER_HANDLED}; /* borrowed: see lower.enter_handling */")
            if layout.handles_exceptions and not function.is_generator:
                self.out.append(f"    ys_frame_catches {FRAME_CATCHES}; /* see lower.catch */")
            self.out.append("};")
        if layout.fields():
            self.out.append("")
            self.out.append(f"/* Locals in co_varnames order, then the value stack bottom up, as CPython's frame clear. */")
            self.frame_function(name, layout, f"static void {python_symbol(name, 'frame_clear')}(void *frame)",
                                lambda value: f"ys_setref(&{value}, ys_null());")
            if function.is_generator:
                self.out.append("")
                self.out.append("/* What CPython's frame holds while suspended: the same, less the except clause's")
                self.out.append(" * exception that CPython keeps in the generator's exc_state instead. */")
                self.frame_function(name, layout, f"static void {python_symbol(name, 'frame_traverse')}(void *frame, "
                                                  "void (*visit)(ys_value v, void *ctx), void *ctx)",
                                    lambda value: f"visit({value}, ctx);", skip_exc_state=layout.tracks_exc_state)
        if function.is_generator:
            for lowering, lines in bodies:
                self.generator_body(function, layout, lowering, lines)
            self.generator_code(function, layout)
        else:
            self.helper(function, layout, *bodies[0])

    def frame_function(self, name, layout, signature, statement, skip_exc_state=False):
        """A C function doing `statement(value)` on each value of the frame: the locals in co_varnames
        order, then the stack bottom up; with skip_exc_state, not the slot f->EXC_STATE_SLOT names."""
        self.out.append(signature)
        self.out.append("{")
        self.out.append(f"    struct {python_symbol(name, 'frame')} *f = frame;")
        self.out += ["    " + statement(f"f->{python_name(n)}") for n in layout.locals]
        if layout.stack_size:
            self.out.append(f"    for (size_t i = 0; i < {layout.stack_size}; i++)")
            if skip_exc_state:
                self.out.append(f"        if (i + 1 != (size_t)f->{EXC_STATE_SLOT})")
                self.out.append("            " + statement("f->stack[i]"))
            else:
                self.out.append("        " + statement("f->stack[i]"))
        self.out.append("}")

    def restore_line(self):
        """Point the C compiler back at this generated file after #line directives into the scenario."""
        self.out.append(f'#line {len(self.out) + 2} "{self.output_name}"')

    def generator_body(self, function, layout, lowering, lines):
        name, kind = function.name, lowering.lowering
        self.out.append("")
        self.out.append(f"static ys_step {python_symbol(name, kind)}(ys_gen *self)")
        self.out.append("{")
        if lowering.uses_frame:
            self.out.append(f"    struct {python_symbol(name, 'frame')} *f = ys_gen_frame(self);")
        if kind == "stackless":
            self.out.append("    YS_BEGIN(self);")
        self.out += lines
        if kind == "stackless":
            self.out.append("    YS_END;")
        if FUNCTION_ERROR in lowering.used_labels:
            self.out.append(f"{FUNCTION_ERROR}:")
            self.out.append("    YS_RAISE();")
        self.out += lowering.epilogue()
        self.out.append("}")
        self.restore_line()

    def generator_code(self, function, layout):
        name = function.name
        has_frame = bool(layout.fields())  # values to clear and traverse
        frame_size = f"sizeof(struct {python_symbol(name, 'frame')})" if layout.has_frame() else "0"
        frame_clear = python_symbol(name, "frame_clear") if has_frame else "NULL"
        self.out += [
            "",
            f"static const ys_code {python_symbol(name, 'code')} = {{",
            f"    .name = {c_string(function.code_name or name)[0]},",
            f"    .stackful = {python_symbol(name, 'stackful')},",
            f"    .stackless = {python_symbol(name, 'stackless')},",
            f"    .frame_size = {frame_size},",
            f"    .frame_clear = {frame_clear},",
            "    .stack_size = 0,",
            f"    .frame_traverse = {python_symbol(name, 'frame_traverse') if has_frame else 'NULL'},",
            f"    .is_lambda = {'true' if function.code_name == '<lambda>' else 'false'},",
            "};",
            "",
            "/* Calling a generator function creates the generator; none of its body runs. */",
            f"static ys_value {python_symbol(name, 'call')}(const ys_value *args)",
            "{",
            f"    ys_value gen = ys_gen_new(&{python_symbol(name, 'code')});",
        ]
        if function.params:
            self.out.append("    if (ys_is_null(gen))")
            self.out.append("        return gen;")
            self.out.append(f"    struct {python_symbol(name, 'frame')} *f = ys_gen_frame(gen.as.g);")
            for index, param in enumerate(function.params):
                self.out.append(f"    f->{python_name(param)} = args[{index}];")
                self.out.append(f"    ys_incref(f->{python_name(param)});")
        else:
            self.out.append("    (void)args;")
        self.out.append("    return gen;")
        self.out.append("}")

    def helper(self, function, layout, lowering, lines):
        name = function.name
        has_frame = bool(layout.fields())
        catches = has_frame and layout.handles_exceptions
        clear = python_symbol(name, 'frame_clear')
        self.out.append("")
        self.out.append(f"static ys_value {python_symbol(name, 'call')}(const ys_value *args)")
        self.out.append("{")
        if has_frame:
            self.out.append(f"    struct {python_symbol(name, 'frame')} frame = {{0}};")
            self.out.append(f"    struct {python_symbol(name, 'frame')} *f = &frame;")
        self.out.append("    ys_value result;")
        self.out.append("    if (!ys_enter_frame()) /* past the recursion limit: RecursionError */")
        self.out.append("        return ys_null();")
        for index, param in enumerate(function.params):
            self.out.append(f"    f->{python_name(param)} = args[{index}];")
            self.out.append(f"    ys_incref(f->{python_name(param)});")
        if not function.params:
            self.out.append("    (void)args;")
        self.out += lines
        if FUNCTION_ERROR in lowering.used_labels:
            self.out.append(f"{FUNCTION_ERROR}:")
            self.out.append("    result = ys_null();")
            if has_frame:
                self.out.append("    /* The traceback keeps the frame of a function that raised: the exception takes it. */")
                if catches:
                    self.out.append(f"    if (ys_err_keep_function_frame_caught(&f->{FRAME_CATCHES}, true, f, sizeof *f, {clear})) {{")
                else:
                    self.out.append(f"    if (ys_err_keep_function_frame(f, sizeof *f, {clear})) {{")
                self.out.append("        ys_leave_frame();")
                self.out.append("        return result;")
                self.out.append("    }")
        if "function_return" in lowering.used_labels:
            self.out.append("function_return:")
        if catches:
            self.out.append("    /* So do the tracebacks of exceptions caught here that live on. */")
            self.out.append(f"    if (f->{FRAME_CATCHES}.escaped &&")
            self.out.append(f"        ys_err_keep_function_frame_caught(&f->{FRAME_CATCHES}, false, f, sizeof *f, {clear})) {{")
            self.out.append("        ys_leave_frame();")
            self.out.append("        return result;")
            self.out.append("    }")
        if has_frame:
            self.out.append("    /* CPython clears the frame before its caller sees the result or the exception. */")
            self.out.append(f"    {python_symbol(name, 'frame_clear')}(f);")
        self.out.append("    ys_leave_frame();")
        self.out.append("    return result;")
        self.out += lowering.epilogue()
        self.out.append("}")
        self.restore_line()

    # ---- iterator classes -----------------------------------------------------------------------

    def declare_iterator_classes(self):
        for iterator_class in self.scenario.iterator_classes:
            self.out.append(f"static ys_value {python_symbol(iterator_class.name, 'new')}(const ys_value *args);")
            for method in iterator_class.methods:
                symbol = python_symbol(method_function(iterator_class.name, method).name, "call")
                self.out.append(f"static ys_value {symbol}(const ys_value *args);")

    def iterator_classes(self):
        """Each class's methods as plain helpers (self first), its ys_type, and the call making an instance."""
        for iterator_class in self.scenario.iterator_classes:
            name = iterator_class.name
            for method in iterator_class.methods:
                function = method_function(name, method)
                self.function(function, self.layouts[function.name])
            attributes = iterator_class.attributes
            self.out += ["", f"/* class {name}: line {iterator_class.line} */"]
            if attributes:
                self.out.append(f"static const char *const {python_symbol(name, 'attributes')}[] = {{"
                                + ", ".join(c_string(a)[0] for a in attributes) + "};")
            self.out.append(f"static const ys_method {python_symbol(name, 'methods')}[] = {{")
            for method in iterator_class.methods:
                symbol = python_symbol(method_function(name, method).name, "call")
                self.out.append(f"    {{{c_string(method.name)[0]}, {len(method.params)}, {symbol}}},")
            self.out.append("};")
            self.out += [
                f"static const ys_type {python_symbol(name, 'type')} = {{",
                f"    .name = {c_string(name)[0]},",
                f"    .nslots = {len(attributes)},",
                f"    .slot_names = {python_symbol(name, 'attributes') if attributes else 'NULL'},",
                "    .iternext = NULL,",
                f"    .methods = {python_symbol(name, 'methods')},",
                f"    .nmethods = {len(iterator_class.methods)},",
                "};",
                "",
                f"/* {name}(args): a new instance, initialised by __init__ if the class has one. */",
                f"static ys_value {python_symbol(name, 'new')}(const ys_value *args)",
                "{",
                f"    ys_value self = ys_object_new(&{python_symbol(name, 'type')});",
            ]
            init = next((m for m in iterator_class.methods if m.name == "__init__"), None)
            if init is None:
                self.out.append("    (void)args;")
            else:
                argv = ", ".join(["self"] + [f"args[{i}]" for i in range(len(init.params) - 1)])
                symbol = python_symbol(method_function(name, init).name, "call")
                self.out += [
                    "    if (ys_is_null(self))",
                    "        return self;",
                    f"    ys_value result = {symbol}((const ys_value[]){{{argv}}});",
                    "    if (!ys_is_null(result) && result.kind != YS_NONE) {",
                    "        ys_err_format(YS_EXC(TypeError), \"__init__() should return None, not '%s'\",",
                    "                      YS_TYPE_NAME_CUT(result, 200)); /* slot_tp_init's '%.200s' */",
                    "        ys_decref(result);",
                    "        result = ys_null();",
                    "    }",
                    "    if (ys_is_null(result)) {",
                    "        ys_decref(self);",
                    "        return result;",
                    "    }",
                ]
            self.out += ["    return self;", "}"]

    # ---- module tables --------------------------------------------------------------------------

    def int_literal_statics(self):
        literals = self.context.int_literals
        if not literals:
            return []
        return ["/* Int literals beyond 64 bits, each made once from its digits, as CPython keeps a code"
                " object's constants. */"] + [f"static ys_value {symbol}; /* {value} */"
                                              for value, symbol in literals.items()]

    def setup(self):
        self.out += ["", "static void setup(void)", "{"]
        for c in self.scenario.classes:
            base = self.context.exc_type(c.base)
            self.out.append(f"    {python_symbol(c.name, 'exc')} = ys_exc_type_new({c_string(c.name)[0]}, {base});")
        self.out.append("}")

    def teardown(self):
        self.out += ["", "static void teardown(void)", "{"]
        for symbol in self.context.int_literals.values():
            self.out += [f"    ys_decref({symbol});", f"    {symbol} = ys_null();"]
        self.out.append("}")

    def tables(self):
        sc = self.scenario
        self.out += ["", "static const ys_function functions[] = {"]
        for f in sc.functions:
            self.out.append(f'    {{{c_string(f.name)[0]}, {len(f.params)}, {"true" if f.is_generator else "false"}, {python_symbol(f.name, "call")}}},')
        self.out.append("};")
        self.out.append("")
        for index, step in enumerate(sc.steps, 1):
            if step.args:
                self.out.append(f"static const ys_lit step{index}_args[] = {{"
                                + ", ".join(drive_literal(a) for a in step.args) + "};")
        self.out.append("")
        self.out.append("/* DRIVE */")
        self.out.append("static const ys_drive_step steps[] = {")
        for index, step in enumerate(sc.steps, 1):
            parts = [f".op = YS_DRIVE_{step.op.upper()}", f".line = {step.line}", f'.gen = "{step.gen}"']
            if step.func:
                parts.append(f".func = {c_string(step.func)[0]}")
            if step.exc:
                parts.append(f".exc = {c_string(step.exc)[0]}")
            if step.exc_has_arg:
                parts.append(".exc_has_arg = true")
            if step.args:
                parts += [f".nargs = {len(step.args)}", f".args = step{index}_args"]
            self.out.append("    {" + ", ".join(parts) + "},")
        self.out.append("};")
        self.out += [
            "",
            f"const ys_scenario {scenario_symbol(sc.name)} = {{",
            f'    .path = "{sc.name}",',
            f'    .source_file = "{self.source_file}",',
            f"    .docstring = {c_string(sc.docstring)[0]},",
            "    .setup = setup,",
            "    .teardown = teardown,",
            "    .functions = functions,",
            f"    .nfunctions = {len(sc.functions)},",
            "    .steps = steps,",
            f"    .nsteps = {len(sc.steps)},",
            "};",
        ]


def drive_literal(value):
    """A DRIVE tuple item as a ys_lit initializer."""
    if value is None:
        return "{YS_LIT_NONE, 0, NULL, 0}"
    if isinstance(value, bool):
        return f"{{YS_LIT_BOOL, {int(value)}, NULL, 0}}"
    if isinstance(value, int):
        if not INT64_MIN <= value <= INT64_MAX:  # the driver makes it from its digits
            return f'{{YS_LIT_INT, 0, "{value}", 0}}'
        return f"{{YS_LIT_INT, {c_int(value)}, NULL, 0}}"
    if isinstance(value, str):
        literal, length = c_string(value)
        return f"{{YS_LIT_STR, 0, {literal}, {length}}}"
    literal, length = c_string(value.name)  # GenRef
    return f"{{YS_LIT_GENREF, 0, {literal}, {length}}}"


def index_source(names):
    """The C text of ys_all_scenarios[]: every compiled scenario, sorted by path."""
    names = sorted(names)
    out = [f"/* Generated by {GENERATED_BY}: the index of every compiled scenario — do not edit. */",
           '#include "yieldspec/scenario.h"', ""]
    out += [f"extern const ys_scenario {scenario_symbol(n)};" for n in names]
    out += ["", "const ys_scenario *const ys_all_scenarios[] = {"]
    out += [f"    &{scenario_symbol(n)}," for n in names]
    out += ["    NULL,", "};"]
    return "\n".join(out) + "\n"
