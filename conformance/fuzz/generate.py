"""Random scenario programs inside the subset of spec/SUBSET.md, deterministic from a seed.

    program_text(seed) -> the source of one scenario (same seed, same bytes, on any CPython 3.8+)

Every program terminates: functions only call or create functions defined after them (no
recursion), every `while` loop counts up to a small bound in a counter nothing else assigns, `for`
loops run over `range()`, tuples or generators that are finite for the same reasons, and an iterator
class's methods call no function and count down to their StopIteration. Values stay small (no 64-bit
overflow). Everything else the subset allows may happen, including type errors, unbound locals,
re-entrant calls and operations on finished generators: the trace records CPython's outcome, and the
compiled C must produce the same one.

How often each construct is chosen is the table WEIGHTS below, the one place to tune the generator.
"""
import random
import re
from collections import Counter

# The relative weight of each choice, by where it is made. The protocol's edges (try blocks around
# yields, GeneratorExit handling, throw/close at odd moments, generators held in locals and dropped,
# exceptions re-raised and chained across resumes, delegation to iterators that are not generators)
# weigh more than plain computation.
WEIGHTS = {
    # one statement of a function body
    "statement": {
        "yield_value": 10,         # yield <expr>
        "yield_receive": 9,        # x = yield <expr>
        "yield_in_expression": 3,  # x = 1 + (yield), emit((yield v)), x += yield, return (yield v), ...
        "yield_from": 5,           # [r =] yield from <generator>
        "yield_from_iterable": 4,  # [r =] yield from range(...) / a tuple / an iterator object
        "emit": 6,                 # emit(<expr>)
        "assign": 4,               # x = <int expr>
        "assign_tuple": 2,         # t = (<expr>, ...)
        "augassign": 3,            # x += / -= / *= <int expr>
        "if": 4,
        "while": 3,                # counted loop, with break / continue
        "for_range": 3,
        "for_generator": 4,        # for v in <generator>
        "for_iterable": 2,         # for v in <tuple> / an iterator object
        "try": 10,                 # try/except/else/finally around yields
        "ignore_generatorexit": 3,  # try: yield / except GeneratorExit: yield (or pass, or return x)
        "raise": 3,
        "raise_from": 2,           # raise X from None / T / T(arg) / a local
        "raise_local": 1,          # raise e: a caught exception again, or a value that is none
        "return": 2,
        "break": 2,                # only inside a loop
        "continue": 1,             # only inside a loop
        "hold_generator": 5,       # sub = <generator>, driven now or later, then maybe dropped
        "drive_held": 6,           # next/send/throw/close/state on a generator in a local
        "drive_received": 3,       # the same on a value the driver sent: maybe this very generator
        "drop_held": 2,            # sub = None: the held generator is released here
        "hold_instance": 2,        # it = Ticker(n): an iterator object, driven or delegated to later
        "drive_instance": 5,       # next/send/throw/close or an attribute of an iterator object
        "store_attribute": 3,      # e.value = v, g.__name__ = "s", g.gi_running = v (files without classes)
        "call_helper": 2,          # a plain function called for its effect
        "read_maybe_unbound": 1,   # a name bound only on some paths (UnboundLocalError)
        "bare_raise": 3,           # inside an except clause: re-raises what it handles
        "bare_raise_unhandled": 2,  # outside one: the caller's handled exception, or RuntimeError
    },
    # what an except clause catches
    "caught": {
        "ValueError": 6, "KeyError": 3, "RuntimeError": 4, "StopIteration": 3, "GeneratorExit": 5,
        "TypeError": 2, "ZeroDivisionError": 2, "Exception": 4, "BaseException": 2, "user": 5,
        "tuple": 3, "bare": 3,     # bare: `except:`, always the last clause
    },
    # what raise and throw raise
    "raised": {
        "ValueError": 6, "KeyError": 3, "RuntimeError": 3, "StopIteration": 4, "GeneratorExit": 4,
        "TypeError": 2, "IndexError": 1, "user": 6,
    },
    # the cause of `raise X from C`
    "cause": {"none": 3, "class": 2, "instance": 3, "local": 3},
    # one int expression
    "int_expr": {
        "literal": 8, "name": 8, "binary": 4, "negate": 1, "conditional": 1, "helper_call": 2,
        "exception_arg": 1, "next_default": 1, "len": 1, "index": 1, "instance_attribute": 1,
    },
    # one value of any type
    "any_expr": {
        "int": 8, "str": 3, "none": 2, "bool": 1, "name_any": 3, "state": 2, "next": 2,
        "generator": 1, "exception": 2, "concat": 1, "tuple": 2, "tuple_name": 1, "chain": 3,
        "introspection": 3, "identity": 2, "type_name": 1, "iter": 1,
    },
    # one condition of if / elif / a conditional expression
    "condition": {"compare": 4, "is_none": 2, "not": 1, "bool_op": 1, "truth": 1, "identity": 1},
    # a generator attribute read
    "introspection": {
        "gi_running": 3, "gi_suspended": 2, "gi_yieldfrom": 3, "gi_frame": 2, "gi_code": 2, "__name__": 1,
        "__qualname__": 1, "frame_type": 1,
    },
    # an operation on a generator held in a body
    "operation": {
        "next": 4, "next_default": 2, "send": 2, "throw": 2, "throw_value": 2, "close": 2, "state": 2,
    },
    # what `yield from` / `for` iterate over when it is not a generator
    "iterable": {"range": 3, "tuple_literal": 2, "tuple_name": 1, "instance": 3, "held_instance": 6, "iter": 1},
    # one DRIVE step after the first `new`
    "drive": {
        "new": 4, "next": 10, "send": 7, "throw": 6, "throw_value": 3, "close": 4, "state": 3, "drain": 3,
        "del": 3,
    },
    # what a `new` step calls
    "factory": {"generator_function": 8, "generator_factory": 4, "plain_helper": 1},  # factories: plain functions
    # what the driver sends
    "sent": {"int": 5, "str": 2, "none": 3, "bool": 1, "generator": 6},
}

# Sizes and shares, also tunable in one place.
LIMITS = {
    "functions": (2, 4),         # functions in a program
    "helper_share": 0.25,        # chance that a function is a plain helper rather than a generator
    "lambda_share": 0.1,         # chance that a function is written `name = lambda ...`
    "classes": (0, 2),           # user exception classes
    "iterator_class_share": 0.4,  # chance that a program has iterator classes (and so no attribute stores)
    "iterator_classes": (1, 2),
    "params": (0, 2),
    "body": (2, 5),              # statements in a function body
    "block": (1, 2),             # statements in a nested block
    "depth": 2,                  # nesting of compound statements
    "loop_bound": (1, 4),
    "countdown": (0, 3),         # items an iterator object gives
    "tuple": (0, 3),             # items of a tuple literal
    "drive": (3, 10),            # DRIVE steps
    "expr_depth": 2,
}

STRINGS = ["a", "b", "ok", "done", "x y", "é", ""]
DRIVER_NAMES = ["g", "h", "k"]
# Attributes that may be assigned on a generator: its names take a str, the others are read-only.
GENERATOR_STORES = ["__name__", "__qualname__", "gi_running", "gi_suspended", "gi_yieldfrom", "gi_frame", "gi_code"]


class Function:
    def __init__(self, index, name, is_generator, params, is_lambda):
        self.index = index
        self.name = name
        self.is_generator = is_generator
        self.params = params          # [(name, kind)], kind "int" or "gen"
        self.is_lambda = is_lambda
        self.returns_generator = False  # helpers: a generator factory
        self.pure_factory = False       # a factory that only calls a generator function: it cannot raise


class IteratorClass:
    """`class Name:` counting down from the int its __init__ takes, with some of the optional
    methods PEP 380 calls and maybe a plain method, skip(k)."""

    def __init__(self, name, methods):
        self.name = name
        self.methods = methods        # of "send", "throw", "close", "skip"


class Scope:
    """What a statement may refer to: names known bound, by kind, and where it sits."""

    def __init__(self, function, names, depth=0, in_loop=False, handler=None):
        self.function = function
        # {name: kind}: "int", "any", "gen" (a generator), "exc" (a caught exception), "tuple",
        # "obj" (an iterator object)
        self.names = names
        self.depth = depth
        self.in_loop = in_loop
        self.handler = handler      # the `as` name of the innermost except clause, "anonymous", or None

    def child(self, in_loop=None, handler=None):
        return Scope(self.function, dict(self.names), self.depth + 1,
                     self.in_loop if in_loop is None else in_loop,
                     self.handler if handler is None else handler)

    def of_kind(self, kind):
        return sorted(n for n, k in self.names.items() if k == kind)

    def exception_names(self):
        return self.of_kind("exc")


class ProgramGenerator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.seed = seed
        self.counter = 0
        self.classes = []
        self.iterator_classes = []
        self.functions = []
        self.maybe_bound = []   # names bound in some inner block: reading them may fail
        # Locals bound to a call of a generator function: surely generators (a parameter or a
        # factory's result may be anything), the only ones attributes are stored on.
        self.made_generators = set()
        self.chosen = Counter()  # (table, entry) of every WEIGHTS choice made

    # ---- choices and names ------------------------------------------------------------------------

    def choose(self, table_name, table=None):
        """One entry of WEIGHTS[table_name] (or of `table`, a filtered copy of it), by weight."""
        table = WEIGHTS[table_name] if table is None else table
        names = list(table)
        choice = self.rng.choices(names, weights=[table[n] for n in names])[0]
        self.chosen[(table_name, choice)] += 1
        return choice

    def fresh(self, prefix):
        self.counter += 1
        return f"{prefix}{self.counter}"

    # ---- module -----------------------------------------------------------------------------------

    def program(self):
        rng = self.rng
        for i in range(rng.randint(*LIMITS["classes"])):
            base = rng.choice(["Exception", "ValueError", "RuntimeError"] + [n for n, _ in self.classes])
            self.classes.append((f"Fuzz{'Error' if i == 0 else 'Retry'}{i}", base))
        if rng.random() < LIMITS["iterator_class_share"]:
            for i in range(rng.randint(*LIMITS["iterator_classes"])):
                methods = [m for m in ("send", "throw", "close", "skip") if rng.random() < 0.5]
                self.iterator_classes.append(IteratorClass(f"Ticker{i}", methods))
        count = rng.randint(*LIMITS["functions"])
        for index in range(count):
            # The first function is always a generator: DRIVE needs one.
            is_generator = index == 0 or rng.random() >= LIMITS["helper_share"]
            name = f"{'gen' if is_generator else 'helper'}_{chr(ord('a') + index)}"
            # The first function's parameters are ints: the first DRIVE step has no generator to pass.
            params = [(f"p{index}{j}", "gen" if index and rng.random() < 0.35 else "int")
                      for j in range(rng.randint(*LIMITS["params"]))]
            function = Function(index, name, is_generator, params, rng.random() < LIMITS["lambda_share"])
            function.returns_generator = not is_generator and rng.random() < 0.5
            self.functions.append(function)
        lines = [f'"""Fuzz program {self.seed}: what CPython does here, the compiled C must do too."""', ""]
        for name, base in self.classes:
            lines += ["", f"class {name}({base}): pass", ""]
        for iterator_class in self.iterator_classes:
            lines += [""] + self.iterator_class_lines(iterator_class) + [""]
        for function in self.functions:
            lines += [""] + self.function_lines(function) + [""]
        lines += [""] + self.drive_lines()
        return "\n".join(lines) + "\n"

    def function_lines(self, function):
        self.maybe_bound = []
        self.made_generators = set()
        scope = Scope(function, dict(function.params))
        params = ", ".join(name for name, _ in function.params)
        factory_call = self.pure_factory_call(function, scope)
        if factory_call:
            function.pure_factory = True
            if function.is_lambda:
                return [f"{function.name} = lambda{' ' if params else ''}{params}: {factory_call}"]
            emitted = self.rng.choice(sorted(scope.names) or ['"made"'])
            emits = [f"emit({emitted})"] if self.rng.random() < 0.4 else []
            return [f"def {function.name}({params}):"] + _indent(emits + [f"return {factory_call}"])
        if function.is_lambda:
            return [f"{function.name} = lambda{' ' if params else ''}{params}: {self.lambda_body(function, scope)}"]
        body = self.block(scope, LIMITS["body"])
        if function.is_generator and not any(_yields(line) for line in body):
            body.insert(0, f"yield {self.int_expr(scope)}")
        if not function.is_generator:
            value = self.generator_expr(scope) if function.returns_generator else self.int_expr(scope)
            body.append(f"return {value}")
        return [f"def {function.name}({params}):"] + _indent(body)

    def pure_factory_call(self, function, scope):
        """For most generator factories: a call of a generator function after it with arguments
        that cannot raise (literals and parameters), so a DRIVE `new` step may use it and go on with
        the generator it returns."""
        makers = [f for f in self.functions[function.index + 1:] if f.is_generator]
        if not function.returns_generator or not makers or self.rng.random() < 0.3:
            return None
        maker = self.rng.choice(makers)
        args = [self.rng.choice(scope.of_kind(kind)) if scope.of_kind(kind) else str(self.rng.randint(-1, 3))
                for _, kind in maker.params]
        return f"{maker.name}({', '.join(args)})"

    def lambda_body(self, function, scope):
        """A lambda's one expression: yields in parentheses make it a generator function."""
        rng = self.rng
        if not function.is_generator:
            return self.generator_expr(scope) if function.returns_generator else self.int_expr(scope)
        form = rng.choice(["yield", "yield", "pair", "yield_from", "sum"])
        if form == "pair":
            return f"((yield {self.any_expr(scope)}), (yield {self.any_expr(scope)}))"
        if form == "yield_from" and self.has_generator_source(scope):
            return f"(yield from {self.generator_expr(scope)})"
        if form == "sum":
            return f"{self.int_expr(scope)} + (yield {self.any_expr(scope)})"
        return f"(yield {self.any_expr(scope)})"

    def iterator_class_lines(self, iterator_class):
        """An iterator counting self.n down to 0: its methods call no function, so they terminate."""
        rng = self.rng
        finish = rng.choice(["raise StopIteration", f"raise StopIteration({self.literal()})",
                             f"raise StopIteration({self.literal()})", "raise IndexError(self.n)"])
        item = rng.choice(["self.n", "self.n", f"(self.n, {self.literal()})", self.literal()])
        lines = ["def __init__(self, n):", "    self.n = n",
                 "def __iter__(self):"] + (['    emit("iter")'] if rng.random() < 0.3 else []) + [
                 "    return self",
                 "def __next__(self):", "    if self.n <= 0:", f"        {finish}", "    self.n -= 1",
                 f"    return {item}"]
        if "send" in iterator_class.methods:
            lines += ["def send(self, value):", "    emit(value)", "    self.n -= 1", "    if self.n < 0:",
                      "        raise StopIteration(value)", f"    return {rng.choice(['value', 'self.n'])}"]
        if "throw" in iterator_class.methods:
            # The argument is a class in CPython and an instance here when a class is thrown
            # (spec/SUBSET.md): the method never looks at it.
            reaction = rng.choice([["return self.n"], [f"raise StopIteration({self.literal()})"],
                                   [f"raise KeyError({self.literal()})"], ["self.n = 0", "return None"]])
            lines += ["def throw(self, exc):", '    emit("throw")'] + _indent(reaction)
        if "skip" in iterator_class.methods:
            lines += ["def skip(self, k):", "    self.n -= k", "    return self.n"]
        if "close" in iterator_class.methods:
            reaction = rng.choice([["self.n = 0"], ['raise RuntimeError("close failed")'], ["pass"]])
            lines += ["def close(self):", '    emit("close")'] + _indent(reaction)
        return [f"class {iterator_class.name}:"] + _indent(_space_methods(lines))

    def literal(self):
        rng = self.rng
        return rng.choice([str(rng.randint(-2, 9)), '"' + rng.choice(STRINGS) + '"', "None"])

    # ---- statements -------------------------------------------------------------------------------

    def block(self, scope, size):
        lines = []
        for _ in range(self.rng.randint(*size)):
            statement, ends_block = self.statement(scope)
            lines += statement
            if ends_block:
                break
        return lines or ["pass"]

    def statement(self, scope):
        """(lines, whether nothing after them in this block can run)."""
        table = dict(WEIGHTS["statement"])
        if not scope.function.is_generator:
            for kind in ("yield_value", "yield_receive", "yield_in_expression", "yield_from", "yield_from_iterable",
                         "ignore_generatorexit"):
                table.pop(kind)
            table["return"] = 0
        if not scope.in_loop:
            table.pop("break")
            table.pop("continue")
        table.pop("bare_raise_unhandled" if scope.handler else "bare_raise")
        if scope.depth >= LIMITS["depth"]:
            for kind in ("if", "while", "for_range", "for_generator", "for_iterable", "try", "ignore_generatorexit"):
                table.pop(kind, None)
        if not scope.of_kind("gen"):
            table.pop("drive_held")
            table.pop("drop_held")
        if not scope.of_kind("int"):
            table.pop("augassign")
        if not scope.of_kind("any"):
            table.pop("drive_received")
        if not self.iterator_classes:
            table.pop("hold_instance")
        if not scope.of_kind("obj"):
            table.pop("drive_instance")
        if self.iterator_classes or not (self.store_targets(scope) or scope.exception_names()):
            table.pop("store_attribute")
        if not self.maybe_bound:
            table.pop("read_maybe_unbound")
        if not self.callable_helpers(scope.function):
            table.pop("call_helper")
        if not self.has_generator_source(scope):
            for kind in ("yield_from", "for_generator", "hold_generator"):
                table.pop(kind, None)
        kind = self.choose("statement", table)
        return getattr(self, "stmt_" + kind)(scope)

    def stmt_yield_value(self, scope):
        return [f"yield {self.any_expr(scope)}" if self.rng.random() < 0.9 else "yield"], False

    def stmt_yield_receive(self, scope):
        value = self.any_expr(scope) if self.rng.random() < 0.8 else ""
        name = self.bind(scope, "any")
        lines = [f"{name} = yield {value}".rstrip()]
        if self.rng.random() < 0.5:  # drive what was sent: re-entrant when it is this generator
            lines.append(self.operation_on(name, scope))
        return lines, False

    def stmt_yield_in_expression(self, scope):
        """A yield inside a larger expression: the operands evaluated before it wait on the value
        stack while the generator is suspended, and are released if it is closed there."""
        rng = self.rng
        value = self.any_expr(scope)
        form = rng.choice(["sum", "emit", "augassign", "return", "pair", "yield_from_times"])
        if form == "augassign" and scope.of_kind("int"):
            return [f"{rng.choice(scope.of_kind('int'))} += yield {value}"], False
        if form == "return":
            return [f"return (yield {value})"], True
        if form == "pair":
            return [f"{self.bind(scope, 'any')} = ((yield {value}), (yield {self.any_expr(scope)}))"], False
        if form == "yield_from_times" and self.has_generator_source(scope):
            return [f"{self.bind(scope, 'any')} = (yield from {self.generator_expr(scope)}) * 2"], False
        if form == "emit":
            return [f"emit((yield {value}))"], False
        return [f"{self.bind(scope, 'any')} = {self.int_expr(scope)} + (yield {value})"], False

    def stmt_yield_from(self, scope):
        return [self.maybe_bound_result(scope, f"yield from {self.generator_expr(scope)}")], False

    def stmt_yield_from_iterable(self, scope):
        return [self.maybe_bound_result(scope, f"yield from {self.iterable_expr(scope)}")], False

    def maybe_bound_result(self, scope, yield_from):
        if self.rng.random() < 0.5:
            return f"{self.bind(scope, 'any')} = {yield_from}"
        return yield_from

    def stmt_emit(self, scope):
        return [f"emit({self.any_expr(scope)})"], False

    def stmt_assign(self, scope):
        value = self.int_expr(scope)
        return [f"{self.bind(scope, 'int')} = {value}"], False

    def stmt_assign_tuple(self, scope):
        value = self.tuple_literal(scope)
        return [f"{self.bind(scope, 'tuple')} = {value}"], False

    def stmt_augassign(self, scope):
        name = self.rng.choice(scope.of_kind("int"))
        op = self.rng.choice(["+=", "-=", "*="])
        value = self.rng.randint(-3, 3) if op == "*=" else self.int_expr(scope)
        return [f"{name} {op} {value}"], False

    def stmt_if(self, scope):
        lines = [f"if {self.condition(scope)}:"] + _indent(self.block(scope.child(), LIMITS["block"]))
        if self.rng.random() < 0.3:
            lines += [f"elif {self.condition(scope)}:"] + _indent(self.block(scope.child(), LIMITS["block"]))
        if self.rng.random() < 0.5:
            lines += ["else:"] + _indent(self.block(scope.child(), LIMITS["block"]))
        return lines, False

    def stmt_while(self, scope):
        counter = self.fresh("i")  # assigned only here: the loop always ends
        bound = self.rng.randint(*LIMITS["loop_bound"])
        inner = scope.child(in_loop=True)
        body = [f"{counter} += 1"] + self.block(inner, LIMITS["block"])
        return [f"{counter} = 0", f"while {counter} < {bound}:"] + _indent(body), False

    def stmt_for_range(self, scope):
        inner = scope.child(in_loop=True)
        variable = self.fresh("n")
        inner.names[variable] = "int"
        return [f"for {variable} in {self.range_call()}:"] + _indent(self.block(inner, LIMITS["block"])), False

    def range_call(self):
        rng = self.rng
        low = rng.randint(-1, 2)
        return rng.choice([f"range({rng.randint(0, 3)})", f"range({low}, {low + rng.randint(0, 3)})",
                           f"range({low + 3}, {low}, -{rng.randint(1, 2)})"])

    def stmt_for_generator(self, scope):
        return self.for_loop(scope, self.generator_expr(scope)), False

    def stmt_for_iterable(self, scope):
        iterable = self.iterable_expr(scope, allow_range=False)
        return self.for_loop(scope, iterable), False

    def for_loop(self, scope, iterable):
        inner = scope.child(in_loop=True)
        variable = self.fresh("v")
        inner.names[variable] = "any"
        return [f"for {variable} in {iterable}:"] + _indent(self.block(inner, LIMITS["block"]))

    def stmt_try(self, scope):
        rng = self.rng
        lines = ["try:"] + _indent(self.block(scope.child(), LIMITS["block"]))
        handlers = rng.choice([0, 1, 1, 1, 2, 2]) if rng.random() < 0.85 else 0
        for number in range(handlers):
            caught = self.caught_class()
            inner = scope.child()
            if caught is None:
                clause = "except"
            else:
                clause = f"except {caught}"
            if rng.random() < 0.6:
                name = self.fresh("e")
                inner.names[name] = "exc"
                inner.handler = name
                lines.append(f"{clause} as {name}:" if caught else "except BaseException as " + name + ":")
            else:
                inner.handler = "anonymous"
                lines.append(f"{clause}:")
            lines += _indent(self.block(inner, LIMITS["block"]))
            if caught is None:
                handlers = number + 1  # a bare except is the last clause
                break
        if handlers and rng.random() < 0.3:
            lines += ["else:"] + _indent(self.block(scope.child(), LIMITS["block"]))
        if not handlers or rng.random() < 0.5:
            lines += ["finally:"] + _indent(self.block(scope.child(), LIMITS["block"]))
        return lines, False

    def stmt_ignore_generatorexit(self, scope):
        rng = self.rng
        # Ignore it (yield again, or fall through), or finish with a value (close() returns it since 3.13).
        after = rng.choice([[f"yield {self.any_expr(scope)}"], ["pass"], ['emit("ignored")'],
                            ['emit("ignored")', f"yield {self.any_expr(scope)}"], [f"return {self.any_expr(scope)}"]])
        # `as name` keeps the exception, and with it the frame, alive while the handler is suspended;
        # a bare except catches GeneratorExit as well.
        handler = rng.choice([f"except GeneratorExit as {self.fresh('e')}:", "except GeneratorExit:", "except:"])
        return ["try:", f"    yield {self.any_expr(scope)}", handler] + _indent(after), False

    def stmt_raise(self, scope):
        return [f"raise {self.exception_spec(scope)}"], True

    def exception_spec(self, scope):
        exc = self.raised_class()
        return self.rng.choice([exc, f"{exc}()", f"{exc}({self.any_expr(scope)})"])

    def stmt_raise_from(self, scope):
        kind = self.choose("cause")
        locals_ = scope.exception_names() or sorted(scope.names)
        if kind == "local" and not locals_:
            kind = "none"
        if kind == "none":
            cause = "None"
        elif kind == "class":
            cause = self.raised_class()
        elif kind == "instance":
            cause = f"{self.raised_class()}({self.any_expr(scope)})"
        else:
            cause = self.rng.choice(locals_)  # anything but an exception: TypeError
        return [f"raise {self.exception_spec(scope)} from {cause}"], True

    def stmt_raise_local(self, scope):
        candidates = scope.exception_names() or sorted(scope.names)
        if not candidates:
            return self.stmt_raise(scope)
        return [f"raise {self.rng.choice(candidates)}"], True

    def stmt_return(self, scope):
        if self.rng.random() < 0.3:
            return ["return"], True
        return [f"return {self.any_expr(scope)}"], True

    def stmt_break(self, scope):
        return ["break"], True

    def stmt_continue(self, scope):
        return ["continue"], True

    def stmt_bare_raise(self, scope):
        return ["raise"], True

    def stmt_bare_raise_unhandled(self, scope):
        # What the resumer or caller handles, else RuntimeError("No active exception to reraise").
        return ["raise"], True

    def stmt_hold_generator(self, scope):
        source = self.generator_expr(scope)
        # A literal is no generator: identity comparisons must not treat it as one.
        name = self.bind(scope, "any" if source.isdigit() else "gen")
        if source.split("(")[0] in [f.name for f in self.functions if f.is_generator]:
            self.made_generators.add(name)
        lines = [f"{name} = {source}"]
        if self.rng.random() < 0.5:
            lines.append(self.operation_on(name, scope))
        return lines, False

    def stmt_drive_held(self, scope):
        name = self.rng.choice(scope.of_kind("gen"))
        return [self.operation_on(name, scope)], False

    def stmt_drive_received(self, scope):
        """Re-entrancy: a generator sent itself (or one that calls back into it) and driving it."""
        name = self.rng.choice(scope.of_kind("any"))
        return [self.operation_on(name, scope)], False

    def stmt_drop_held(self, scope):
        name = self.rng.choice(scope.of_kind("gen"))
        scope.names[name] = "any"
        return [f"{name} = None"], False

    def stmt_hold_instance(self, scope):
        name = self.bind(scope, "obj")
        lines = [f"{name} = {self.new_instance()}"]
        if self.rng.random() < 0.4:
            lines += self.stmt_drive_instance(scope, name)[0]
        return lines, False

    def new_instance(self):
        iterator_class = self.rng.choice(self.iterator_classes)
        return f"{iterator_class.name}({self.rng.randint(*LIMITS['countdown'])})"

    def stmt_drive_instance(self, scope, name=None):
        rng = self.rng
        name = name or rng.choice(scope.of_kind("obj"))
        calls = [f"next({name})", f"next({name}, {self.any_expr(scope)})", f"{name}.send({self.any_expr(scope)})",
                 f"{name}.throw({self.raised_class()})", f"{name}.close()", f"{name}.n", f"iter({name}) is {name}"]
        if any("skip" in c.methods for c in self.iterator_classes):  # AttributeError in a class without it
            calls.append(f"{name}.skip({self.int_expr(scope)})")
        call = rng.choice(calls)
        return [f"emit({call})" if rng.random() < 0.6 else call], False

    def store_targets(self, scope):
        """Generators an attribute may be stored on. Only surely generators: CPython 3.13 words the
        AttributeError of a store on other values differently, a version difference of no interest."""
        return [n for n in scope.of_kind("gen") if n in self.made_generators]

    def stmt_store_attribute(self, scope):
        rng = self.rng
        exceptions, generators = scope.exception_names(), self.store_targets(scope)
        if exceptions and (not generators or rng.random() < 0.4):
            return [f"{rng.choice(exceptions)}.{rng.choice(['value', 'value', '__name__'])} = {self.any_expr(scope)}"], False
        name = rng.choice(generators)
        attribute = rng.choice(GENERATOR_STORES[:2] * 3 + GENERATOR_STORES + ["value"])
        if attribute in ("__name__", "__qualname__") and rng.random() < 0.85:
            value = '"' + rng.choice(["renamed", "other", ""]) + '"'
        else:
            value = self.any_expr(scope)
        return [f"{name}.{attribute} = {value}"], False

    def stmt_call_helper(self, scope):
        helper = self.rng.choice(self.callable_helpers(scope.function))
        return [self.call(helper, scope)], False

    def stmt_read_maybe_unbound(self, scope):
        return [f"emit({self.rng.choice(self.maybe_bound)})"], False

    def operation_on(self, name, scope):
        rng = self.rng
        choice = self.choose("operation")
        if choice == "next":
            call = f"next({name})"
        elif choice == "next_default":
            call = f"next({name}, {self.any_expr(scope)})"
        elif choice == "send":
            call = f"{name}.send({self.any_expr(scope)})"
        elif choice == "throw":
            call = f"{name}.throw({self.thrown(scope)})"
        elif choice == "throw_value":
            call = f"{name}.throw({self.throw_value_arguments(scope)})"
        elif choice == "close":
            call = f"{name}.close()"
        else:
            call = f"state({name})"
        if choice != "close" and rng.random() < 0.6:
            return f"emit({call})"
        return call

    def thrown(self, scope):
        """The one argument of g.throw(): a class, an instance, a caught exception again, or rarely a
        value that is no exception (TypeError)."""
        rng = self.rng
        exc = self.raised_class()
        roll = rng.random()
        if roll < 0.15 and scope.exception_names():
            return rng.choice(scope.exception_names())
        if roll < 0.2:
            return rng.choice(['"not an exception"', str(rng.randint(0, 3))])
        return exc if roll < 0.6 else f"{exc}({self.any_expr(scope)})"

    def throw_value_arguments(self, scope):
        """The two- and three-argument forms: g.throw(T, value[, tb])."""
        rng = self.rng
        exc = self.raised_class()
        first = exc if rng.random() < 0.85 else f"{exc}()"  # an instance with a value: TypeError
        value = rng.choice(["None", f"{self.raised_class()}({self.any_expr(scope)})", self.any_expr(scope)])
        if rng.random() < 0.5:
            return f"{first}, {value}"
        traceback = "None" if rng.random() < 0.8 else self.any_expr(scope)  # no traceback objects: TypeError
        return f"{first}, {value}, {traceback}"

    # ---- expressions ------------------------------------------------------------------------------

    def bind(self, scope, kind):
        """A new local of `kind` bound by the statement being generated."""
        name = self.fresh({"int": "x", "any": "r", "gen": "sub", "tuple": "t", "obj": "it"}[kind])
        scope.names[name] = kind
        if scope.depth > 0:
            self.maybe_bound.append(name)
        return name

    def callable_helpers(self, function):
        return [f for f in self.functions[function.index + 1:] if not f.is_generator]

    def has_generator_source(self, scope):
        return bool(scope.of_kind("gen") or self.generator_functions_after(scope.function))

    def generator_functions_after(self, function):
        return [f for f in self.functions[function.index + 1:] if f.is_generator or f.returns_generator]

    def call(self, function, scope, depth=0):
        args = [self.generator_expr(scope, depth + 1) if kind == "gen" else self.int_expr(scope, depth + 1)
                for _, kind in function.params]
        return f"{function.name}({', '.join(args)})"

    def generator_expr(self, scope, depth=0):
        """An expression giving a generator (or, rarely, something else: a TypeError to compare)."""
        held = scope.of_kind("gen")
        makers = self.generator_functions_after(scope.function) if depth < LIMITS["expr_depth"] else []
        if held and (not makers or self.rng.random() < 0.35):
            name = self.rng.choice(held)
            return f"iter({name})" if self.rng.random() < 0.1 else name  # a generator is its own iterator
        if makers:
            return self.call(self.rng.choice(makers), scope, depth)
        if scope.of_kind("any") and self.rng.random() < 0.5:
            return self.rng.choice(scope.of_kind("any"))
        return str(self.rng.randint(0, 3))  # not iterable: TypeError on every path

    def iterable_expr(self, scope, allow_range=True):
        """An iterator that is not a generator: range(), a tuple, an iterator object."""
        table = dict(WEIGHTS["iterable"])
        if not allow_range:
            table.pop("range")  # `for` over range() is stmt_for_range
        if not self.iterator_classes:
            table.pop("instance")
        if not scope.of_kind("obj"):
            table.pop("held_instance")
        if not scope.of_kind("tuple") and not scope.exception_names():
            table.pop("tuple_name")
        kind = self.choose("iterable", table)
        rng = self.rng
        if kind == "range":
            return self.range_call() if rng.random() < 0.9 else f"range(1, 5, {rng.randint(-1, 0)})"
        if kind == "tuple_literal":
            return self.tuple_literal(scope)
        if kind == "tuple_name":
            return self.tuple_value(scope)
        if kind == "instance":
            return self.new_instance()
        if kind == "held_instance":
            return rng.choice(scope.of_kind("obj"))
        return f"iter({self.tuple_literal(scope)})"

    def tuple_literal(self, scope, depth=0):
        items = [self.any_expr(scope, depth + 1) for _ in range(self.rng.randint(*LIMITS["tuple"]))]
        if len(items) == 1:
            return f"({items[0]},)"
        return f"({', '.join(items)})"

    def tuple_value(self, scope):
        """A tuple-kind name or a caught exception's args."""
        rng = self.rng
        candidates = scope.of_kind("tuple") + [f"{e}.args" for e in scope.exception_names()]
        return rng.choice(candidates)

    def int_expr(self, scope, depth=0):
        table = dict(WEIGHTS["int_expr"])
        if depth >= LIMITS["expr_depth"]:
            for kind in ("binary", "negate", "conditional", "helper_call", "next_default", "len", "index"):
                table.pop(kind)
        if not scope.of_kind("int"):
            table.pop("name")
        if not scope.handler or scope.handler == "anonymous":
            table.pop("exception_arg")
        if not scope.of_kind("gen"):
            table.pop("next_default", None)
        if not scope.of_kind("tuple") and not scope.exception_names():
            table.pop("index", None)
        if not scope.of_kind("obj"):
            table.pop("instance_attribute")
        helpers = [f for f in self.callable_helpers(scope.function) if not f.returns_generator]
        if not helpers:
            table.pop("helper_call", None)
        kind = self.choose("int_expr", table)
        rng = self.rng
        if kind == "literal":
            return str(rng.randint(-3, 9))
        if kind == "name":
            return rng.choice(scope.of_kind("int"))
        if kind == "binary":
            op = rng.choice(["+", "-", "*", "//", "%", "+", "-"])
            right = str(rng.randint(-2, 4)) if op in ("*", "//", "%") else self.int_expr(scope, depth + 1)
            return f"{self.int_expr(scope, depth + 1)} {op} {right}"
        if kind == "negate":
            return f"-{self.int_expr(scope, depth + 1)}"
        if kind == "conditional":
            return f"{self.int_expr(scope, depth + 1)} if {self.condition(scope, depth + 1)} else {self.int_expr(scope, depth + 1)}"
        if kind == "helper_call":
            return self.call(rng.choice(helpers), scope, depth)
        if kind == "exception_arg":
            return f"{scope.handler}.args[0]" if rng.random() < 0.7 else f"{scope.handler}.value"
        if kind == "len":
            operands = [self.tuple_literal(scope, depth + 1), '"' + rng.choice(STRINGS) + '"']
            if scope.of_kind("tuple") or scope.exception_names():
                operands.append(self.tuple_value(scope))
            return f"len({rng.choice(operands)})"
        if kind == "index":
            return f"{self.tuple_value(scope)}[{rng.randint(-3, 2)}]"  # IndexError past either end
        if kind == "instance_attribute":
            return f"{rng.choice(scope.of_kind('obj'))}.n"
        return f"next({rng.choice(scope.of_kind('gen'))}, {rng.randint(-1, 3)})"

    def any_expr(self, scope, depth=0):
        table = dict(WEIGHTS["any_expr"])
        if not scope.of_kind("any"):
            table.pop("name_any")
        if not scope.of_kind("gen"):
            for kind in ("state", "next"):
                table.pop(kind)
        if not scope.handler or scope.handler == "anonymous":
            table.pop("exception")
        if not scope.exception_names():
            table.pop("chain")
        if not scope.of_kind("tuple") and not scope.exception_names():
            table.pop("tuple_name")
        if not (scope.of_kind("gen") or scope.of_kind("any")):
            table.pop("introspection")
        if depth >= LIMITS["expr_depth"]:
            for kind in ("concat", "generator", "tuple", "identity", "type_name", "iter"):
                table.pop(kind)
        if not self.identity_operands(scope):
            table.pop("identity", None)
        kind = self.choose("any_expr", table)
        rng = self.rng
        if kind == "int":
            return self.int_expr(scope, depth)
        if kind == "str":
            return '"' + rng.choice(STRINGS) + '"'
        if kind == "none":
            return "None"
        if kind == "bool":
            return rng.choice(["True", "False"])
        if kind == "name_any":
            return rng.choice(scope.of_kind("any"))
        if kind == "state":
            return f"state({rng.choice(scope.of_kind('gen'))})"
        if kind == "next":
            return f"next({rng.choice(scope.of_kind('gen'))})"
        if kind == "generator":
            return self.generator_expr(scope, depth + 1)
        if kind == "exception":
            return rng.choice([scope.handler, f"{scope.handler}.args[0]", f"{scope.handler}.args"])
        if kind == "tuple":
            return self.tuple_literal(scope, depth)
        if kind == "tuple_name":
            return self.tuple_value(scope)
        if kind == "chain":
            return self.chain_read(scope)
        if kind == "introspection":
            read = self.introspection(scope)
            return f"({read})" if " is " in read else read  # a comparison inside a larger expression
        if kind == "identity":
            return f"({self.identity(scope)})"
        if kind == "type_name":
            return f"type({self.any_expr(scope, depth + 1)}).__name__"
        if kind == "iter":
            return f"iter({self.iter_operand(scope, depth)})"
        return f"{self.any_expr(scope, depth + 1)} + {self.any_expr(scope, depth + 1)}"

    def iter_operand(self, scope, depth):
        """What iter() is applied to: a generator (its own iterator), a tuple, an iterator object, or
        rarely an int (TypeError). Never a str: the runtime has no str iterator."""
        operands = scope.of_kind("gen") + scope.of_kind("tuple") + scope.of_kind("obj")
        if not operands or self.rng.random() < 0.3:
            return self.tuple_literal(scope, depth + 1) if self.rng.random() < 0.8 else str(self.rng.randint(0, 3))
        return self.rng.choice(operands)

    def chain_read(self, scope):
        """e.__context__, e.__cause__, e.__suppress_context__, or a read two links deep."""
        rng = self.rng
        link = rng.choice(["__context__", "__context__", "__cause__"])
        read = f"{rng.choice(scope.exception_names())}.{link}"
        if rng.random() < 0.2:
            read += "." + rng.choice(["__context__", "__cause__"])
        if rng.random() < 0.25:
            read += ".__suppress_context__"
        return read

    def introspection(self, scope):
        """A generator attribute read, on a held generator or on a value the driver sent (maybe itself)."""
        rng = self.rng
        name = rng.choice(scope.of_kind("gen") or scope.of_kind("any"))
        attribute = self.choose("introspection")
        if attribute == "gi_frame":
            return f"{name}.gi_frame is{rng.choice(['', ' not'])} None"
        if attribute == "frame_type":
            return f"type({name}.gi_frame).__name__"
        if attribute == "gi_code":
            functions = [f.name for f in self.functions if f.is_generator]
            # Most often the generator's own function: the module-level name it was made by.
            own = scope.function.name if scope.function.is_generator else functions[0]
            function = own if rng.random() < 0.5 else rng.choice(functions)
            return f"{name}.gi_code is{rng.choice(['', ' not'])} {function}.__code__"
        return f"{name}.{attribute}"

    def identity_operands(self, scope):
        """What `is` may compare: objects whose identity CPython defines (generators, exceptions,
        iterator objects, the chain links of an exception), never ints, strs or tuples."""
        operands = scope.of_kind("gen") + scope.of_kind("obj") + scope.exception_names()
        operands += [f"{e}.{link}" for e in scope.exception_names() for link in ("__context__", "__cause__")]
        operands += [f"{g}.gi_yieldfrom" for g in scope.of_kind("gen")]
        operands += [f"iter({g})" for g in scope.of_kind("gen")]
        return operands

    def identity(self, scope):
        rng = self.rng
        operands = self.identity_operands(scope)
        left = rng.choice(operands)
        # The other side may be anything with an identity, or a value the driver sent (maybe the same generator).
        right = rng.choice(operands + scope.of_kind("any"))
        return f"{left} is{rng.choice(['', ' not'])} {right}"

    def condition(self, scope, depth=0):
        rng = self.rng
        table = dict(WEIGHTS["condition"])
        if not self.identity_operands(scope):
            table.pop("identity")
        kind = self.choose("condition", table) if depth < LIMITS["expr_depth"] else "compare"
        if kind == "compare":
            op = rng.choice(["==", "!=", "<", "<=", ">", ">="])
            if scope.of_kind("tuple") and rng.random() < 0.2:  # tuples compare item by item
                return f"{self.tuple_value(scope)} {op} {self.tuple_literal(scope, depth + 1)}"
            return f"{self.int_expr(scope, depth + 1)} {op} {self.int_expr(scope, depth + 1)}"
        if kind == "identity":
            return self.identity(scope)
        names = sorted(n for n, k in scope.names.items() if k != "exc")
        if kind == "is_none" and names:  # a name: `literal is None` draws a SyntaxWarning
            return f"{rng.choice(names)} is{rng.choice(['', ' not'])} None"
        if kind in ("not", "is_none"):
            return f"not {self.condition(scope, depth + 1)}"
        if kind == "bool_op":
            return f"{self.condition(scope, depth + 1)} {rng.choice(['and', 'or'])} {self.condition(scope, depth + 1)}"
        return self.any_expr(scope, depth + 1)

    def caught_class(self):
        """What an except clause names; None for a bare `except:`."""
        kind = self.choose("caught")
        if kind == "bare":
            return None
        if kind == "user":
            return self.rng.choice(self.classes)[0] if self.classes else "Exception"
        if kind == "tuple":
            return f"({self.raised_class()}, {self.raised_class()})"
        return kind

    def raised_class(self):
        kind = self.choose("raised")
        if kind == "user":
            return self.rng.choice(self.classes)[0] if self.classes else "ValueError"
        return kind

    # ---- DRIVE ------------------------------------------------------------------------------------

    def drive_lines(self):
        rng = self.rng
        live = []
        steps = [self.drive_new(live)]
        for _ in range(rng.randint(*LIMITS["drive"]) - 1):
            table = dict(WEIGHTS["drive"])
            if not live:
                table = {"new": 1}
            kind = self.choose("drive", table)
            if kind == "new":
                steps.append(self.drive_new(live))
                continue
            name = rng.choice(live)
            if kind == "send":
                # Half the generators sent are the receiver itself: driving it from its body re-enters it.
                value = self.sent_value(live)
                if value.startswith('"@') and rng.random() < 0.5:
                    value = f'"@{name}"'
                steps.append(f'("send", "{name}", {value})')
            elif kind == "throw":
                exc = self.raised_class()
                extra = f", {self.sent_value([])}" if rng.random() < 0.5 else ""
                steps.append(f'("throw", "{name}", "{exc}"{extra})')
            elif kind == "throw_value":
                exc = self.raised_class()
                value = "None" if rng.random() < 0.3 else self.sent_value(live)
                traceback = "" if rng.random() < 0.5 else ", None" if rng.random() < 0.8 else f", {self.sent_value([])}"
                steps.append(f'("throw_value", "{name}", "{exc}", {value}{traceback})')
            elif kind == "del":
                live.remove(name)
                steps.append(f'("del", "{name}")')
            else:
                steps.append(f'("{kind}", "{name}")')
        return ["DRIVE = ["] + [f"    {step}," for step in steps] + ["]"]

    def drive_new(self, live):
        rng = self.rng
        generators = [f for f in self.functions if live or all(kind == "int" for _, kind in f.params)]
        table = {"generator_function": [f for f in generators if f.is_generator],
                 "generator_factory": [f for f in generators if f.pure_factory],
                 "plain_helper": [f for f in generators if not f.is_generator and not f.pure_factory]}
        kind = self.choose("factory", {k: w for k, w in WEIGHTS["factory"].items() if table[k]})
        function = rng.choice(table[kind])
        name = rng.choice(DRIVER_NAMES)
        args = [f'"@{rng.choice(live)}"' if param_kind == "gen" else str(rng.randint(-2, 5))
                for _, param_kind in function.params]
        if name not in live:
            live.append(name)
        if kind == "plain_helper":
            # It may raise, leaving the name unbound (which no later step may use), or give a
            # non-generator: either way the step's outcome is the test, and the name is not used again.
            live.remove(name)
        return "(" + ", ".join(['"new"', f'"{name}"', f'"{function.name}"'] + args) + ")"

    def sent_value(self, live):
        kind = self.choose("sent")
        if kind == "generator" and live:
            return f'"@{self.rng.choice(live)}"'
        if kind == "str":
            return '"' + self.rng.choice(STRINGS) + '"'
        if kind == "none":
            return "None"
        if kind == "bool":
            return self.rng.choice(["True", "False"])
        return str(self.rng.randint(-2, 9))


def _indent(lines):
    return ["    " + line if line else line for line in lines]


def _space_methods(lines):
    """A blank line between the methods of a class."""
    spaced = []
    for line in lines:
        if line.startswith("def ") and spaced:
            spaced.append("")
        spaced.append(line)
    return spaced


def _yields(line):
    return re.search(r"\byield\b", line) is not None


def program_text(seed):
    """The source of fuzz program `seed`."""
    return ProgramGenerator(seed).program()


def choices_made(seeds):
    """Counter of (WEIGHTS table, entry) over the programs of `seeds`: which constructs were generated."""
    total = Counter()
    for seed in seeds:
        generator = ProgramGenerator(seed)
        generator.program()
        total.update(generator.chosen)
    return total
