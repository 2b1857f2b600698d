"""Random scenario programs inside the subset of spec/SUBSET.md, deterministic from a seed.

    program_text(seed) -> the source of one scenario (same seed, same bytes, on any CPython 3.8+)

Every program terminates: functions only call or create functions defined after them (no
recursion), every `while` loop counts up to a small bound in a counter nothing else assigns, and
`for` loops run over `range()` or over generators that are finite for the same reasons. Values stay
small (no 64-bit overflow). Everything else the subset allows may happen, including type errors,
unbound locals, re-entrant calls and operations on finished generators: the trace records CPython's
outcome, and the compiled C must produce the same one.

How often each construct is chosen is the table WEIGHTS below, the one place to tune the generator.
"""
import random

# The relative weight of each choice, by where it is made. The protocol's edges (try blocks around
# yields, GeneratorExit handling, throw/close at odd moments, generators held in locals and dropped)
# weigh more than plain computation.
WEIGHTS = {
    # one statement of a generator body
    "statement": {
        "yield_value": 10,         # yield <expr>
        "yield_receive": 9,        # x = yield <expr>
        "yield_from": 5,           # [r =] yield from <generator>
        "emit": 6,                 # emit(<expr>)
        "assign": 4,               # x = <int expr>
        "augassign": 3,            # x += / -= / *= <int expr>
        "if": 4,
        "while": 3,                # counted loop, with break / continue
        "for_range": 3,
        "for_generator": 4,        # for v in <generator>
        "try": 10,                 # try/except/else/finally around yields
        "ignore_generatorexit": 3,  # try: yield / except GeneratorExit: yield (or pass, or return x)
        "raise": 3,
        "return": 2,
        "break": 2,                # only inside a loop
        "continue": 1,             # only inside a loop
        "hold_generator": 5,       # sub = <generator>, driven now or later, then maybe dropped
        "drive_held": 6,           # next/send/throw/close/state on a generator in a local
        "drive_received": 3,       # the same on a value the driver sent: maybe this very generator
        "drop_held": 2,            # sub = None: the held generator is released here
        "call_helper": 2,          # a plain function called for its effect
        "read_maybe_unbound": 1,   # a name bound only on some paths (UnboundLocalError)
        "bare_raise": 3,           # only inside an except clause
    },
    # what an except clause catches
    "caught": {
        "ValueError": 6, "KeyError": 3, "RuntimeError": 4, "StopIteration": 3, "GeneratorExit": 5,
        "TypeError": 2, "ZeroDivisionError": 2, "Exception": 4, "BaseException": 2, "user": 5,
        "tuple": 3,
    },
    # what raise and throw raise
    "raised": {
        "ValueError": 6, "KeyError": 3, "RuntimeError": 3, "StopIteration": 4, "GeneratorExit": 4,
        "TypeError": 2, "IndexError": 1, "user": 6,
    },
    # one int expression
    "int_expr": {
        "literal": 8, "name": 8, "binary": 4, "negate": 1, "conditional": 1, "helper_call": 2,
        "exception_arg": 1, "next_default": 1,
    },
    # one value of any type
    "any_expr": {
        "int": 8, "str": 3, "none": 2, "bool": 1, "name_any": 3, "state": 2, "next": 2,
        "generator": 1, "exception": 2, "concat": 1,
    },
    # one DRIVE step after the first `new`
    "drive": {
        "new": 4, "next": 10, "send": 7, "throw": 6, "close": 4, "state": 3, "drain": 3, "del": 3,
    },
    # what the driver sends
    "sent": {"int": 5, "str": 2, "none": 3, "bool": 1, "generator": 6},
}

# Sizes, also tunable in one place.
LIMITS = {
    "functions": (2, 4),         # functions in a program
    "helper_share": 0.25,        # chance that a function is a plain helper rather than a generator
    "classes": (0, 2),           # user exception classes
    "params": (0, 2),
    "body": (2, 5),              # statements in a function body
    "block": (1, 2),             # statements in a nested block
    "depth": 2,                  # nesting of compound statements
    "loop_bound": (1, 4),
    "drive": (3, 10),            # DRIVE steps
    "expr_depth": 2,
}

BUILTIN_RAISABLE = [k for k in WEIGHTS["raised"] if k != "user"]
STRINGS = ["a", "b", "ok", "done", "x y", "é", ""]
DRIVER_NAMES = ["g", "h", "k"]


def weighted(rng, table):
    names = list(table)
    return rng.choices(names, weights=[table[n] for n in names])[0]


class Function:
    def __init__(self, index, name, is_generator, params):
        self.index = index
        self.name = name
        self.is_generator = is_generator
        self.params = params          # [(name, kind)], kind "int" or "gen"
        self.returns_generator = False  # helpers: a generator factory


class Scope:
    """What a statement may refer to: names known bound, by kind, and where it sits."""

    def __init__(self, function, names, depth=0, in_loop=False, handler=None):
        self.function = function
        self.names = names          # {name: "int" | "any" | "gen"}
        self.depth = depth
        self.in_loop = in_loop
        self.handler = handler      # the `as` name of the innermost except clause, or "" without one

    def child(self, in_loop=None, handler=None):
        return Scope(self.function, dict(self.names), self.depth + 1,
                     self.in_loop if in_loop is None else in_loop,
                     self.handler if handler is None else handler)

    def of_kind(self, kind):
        return sorted(n for n, k in self.names.items() if k == kind)


class ProgramGenerator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.seed = seed
        self.counter = 0
        self.classes = []
        self.functions = []
        self.maybe_bound = []   # names bound in some inner block: reading them may fail

    # ---- names ------------------------------------------------------------------------------------

    def fresh(self, prefix):
        self.counter += 1
        return f"{prefix}{self.counter}"

    # ---- module -----------------------------------------------------------------------------------

    def program(self):
        rng = self.rng
        for i in range(rng.randint(*LIMITS["classes"])):
            base = rng.choice(["Exception", "ValueError", "RuntimeError"] + [n for n, _ in self.classes])
            self.classes.append((f"Fuzz{'Error' if i == 0 else 'Retry'}{i}", base))
        count = rng.randint(*LIMITS["functions"])
        for index in range(count):
            # The first function is always a generator: DRIVE needs one.
            is_generator = index == 0 or rng.random() >= LIMITS["helper_share"]
            name = f"{'gen' if is_generator else 'helper'}_{chr(ord('a') + index)}"
            # The first function's parameters are ints: the first DRIVE step has no generator to pass.
            params = [(f"p{index}{j}", "gen" if index and rng.random() < 0.35 else "int")
                      for j in range(rng.randint(*LIMITS["params"]))]
            function = Function(index, name, is_generator, params)
            function.returns_generator = not is_generator and rng.random() < 0.5
            self.functions.append(function)
        lines = [f'"""Fuzz program {self.seed}: what CPython does here, the compiled C must do too."""', ""]
        for name, base in self.classes:
            lines += ["", f"class {name}({base}): pass", ""]
        for function in self.functions:
            lines += [""] + self.function_lines(function) + [""]
        lines += [""] + self.drive_lines()
        return "\n".join(lines) + "\n"

    def function_lines(self, function):
        self.maybe_bound = []
        scope = Scope(function, dict(function.params))
        body = self.block(scope, LIMITS["body"])
        if function.is_generator and not any(_yields(line) for line in body):
            body.insert(0, f"yield {self.int_expr(scope)}")
        if not function.is_generator:
            value = self.generator_expr(scope) if function.returns_generator else self.int_expr(scope)
            body.append(f"return {value}")
        params = ", ".join(name for name, _ in function.params)
        return [f"def {function.name}({params}):"] + _indent(body)

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
            for kind in ("yield_value", "yield_receive", "yield_from", "ignore_generatorexit"):
                table.pop(kind)
            table["return"] = 0
        if not scope.in_loop:
            table.pop("break")
            table.pop("continue")
        if not scope.handler:
            table.pop("bare_raise")
        if scope.depth >= LIMITS["depth"]:
            for kind in ("if", "while", "for_range", "for_generator", "try", "ignore_generatorexit"):
                table.pop(kind, None)
        if not scope.of_kind("gen"):
            table.pop("drive_held")
            table.pop("drop_held")
        if not scope.of_kind("int"):
            table.pop("augassign")
        if not scope.of_kind("any"):
            table.pop("drive_received")
        if not self.maybe_bound:
            table.pop("read_maybe_unbound")
        if not self.callable_helpers(scope.function):
            table.pop("call_helper")
        if not self.has_generator_source(scope):
            for kind in ("yield_from", "for_generator", "hold_generator"):
                table.pop(kind, None)
        kind = weighted(self.rng, table)
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

    def stmt_yield_from(self, scope):
        source = self.generator_expr(scope)
        if self.rng.random() < 0.5:
            return [f"{self.bind(scope, 'any')} = yield from {source}"], False
        return [f"yield from {source}"], False

    def stmt_emit(self, scope):
        return [f"emit({self.any_expr(scope)})"], False

    def stmt_assign(self, scope):
        value = self.int_expr(scope)
        return [f"{self.bind(scope, 'int')} = {value}"], False

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
        low = self.rng.randint(-1, 2)
        form = self.rng.choice([f"range({self.rng.randint(0, 3)})", f"range({low}, {low + self.rng.randint(0, 3)})",
                                f"range({low + 3}, {low}, -{self.rng.randint(1, 2)})"])
        return [f"for {variable} in {form}:"] + _indent(self.block(inner, LIMITS["block"])), False

    def stmt_for_generator(self, scope):
        source = self.generator_expr(scope)
        inner = scope.child(in_loop=True)
        variable = self.fresh("v")
        inner.names[variable] = "any"
        return [f"for {variable} in {source}:"] + _indent(self.block(inner, LIMITS["block"])), False

    def stmt_try(self, scope):
        rng = self.rng
        lines = ["try:"] + _indent(self.block(scope.child(), LIMITS["block"]))
        handlers = rng.choice([0, 1, 1, 1, 2, 2]) if rng.random() < 0.85 else 0
        for _ in range(handlers):
            caught = self.caught_class()
            inner = scope.child()
            if rng.random() < 0.6:
                name = self.fresh("e")
                inner.names[name] = "exc"
                inner.handler = name
                lines.append(f"except {caught} as {name}:")
            else:
                inner.handler = "anonymous"
                lines.append(f"except {caught}:")
            lines += _indent(self.block(inner, LIMITS["block"]))
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
        # `as name` keeps the exception, and with it the frame, alive while the handler is suspended.
        handler = f"except GeneratorExit as {self.fresh('e')}:" if rng.random() < 0.5 else "except GeneratorExit:"
        return ["try:", f"    yield {self.any_expr(scope)}", handler] + _indent(after), False

    def stmt_raise(self, scope):
        exc = self.raised_class()
        form = self.rng.choice([exc, f"{exc}()", f"{exc}({self.any_expr(scope)})"])
        return [f"raise {form}"], True

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

    def stmt_hold_generator(self, scope):
        source = self.generator_expr(scope)
        name = self.bind(scope, "gen")
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

    def stmt_call_helper(self, scope):
        helper = self.rng.choice(self.callable_helpers(scope.function))
        return [self.call(helper, scope)], False

    def stmt_read_maybe_unbound(self, scope):
        return [f"emit({self.rng.choice(self.maybe_bound)})"], False

    def operation_on(self, name, scope):
        rng = self.rng
        choice = rng.choice(["next", "next", "next_default", "send", "throw", "close", "state"])
        if choice == "next":
            call = f"next({name})"
        elif choice == "next_default":
            call = f"next({name}, {self.any_expr(scope)})"
        elif choice == "send":
            call = f"{name}.send({self.any_expr(scope)})"
        elif choice == "throw":
            exc = self.raised_class()
            call = f"{name}.throw({exc if rng.random() < 0.5 else f'{exc}({self.any_expr(scope)})'})"
        elif choice == "close":
            call = f"{name}.close()"
        else:
            call = f"state({name})"
        if choice != "close" and rng.random() < 0.6:
            return f"emit({call})"
        return call

    # ---- expressions ------------------------------------------------------------------------------

    def bind(self, scope, kind):
        """A new local of `kind` bound by the statement being generated."""
        name = self.fresh({"int": "x", "any": "r", "gen": "sub"}[kind])
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
            return self.rng.choice(held)
        if makers:
            return self.call(self.rng.choice(makers), scope, depth)
        if scope.of_kind("any") and self.rng.random() < 0.5:
            return self.rng.choice(scope.of_kind("any"))
        return str(self.rng.randint(0, 3))  # not iterable: TypeError on every path

    def int_expr(self, scope, depth=0):
        table = dict(WEIGHTS["int_expr"])
        if depth >= LIMITS["expr_depth"]:
            for kind in ("binary", "negate", "conditional", "helper_call", "next_default"):
                table.pop(kind)
        if not scope.of_kind("int"):
            table.pop("name")
        if not scope.handler or scope.handler == "anonymous":
            table.pop("exception_arg")
        if not scope.of_kind("gen"):
            table.pop("next_default", None)
        helpers = [f for f in self.callable_helpers(scope.function) if not f.returns_generator]
        if not helpers:
            table.pop("helper_call", None)
        kind = weighted(self.rng, table)
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
        if depth >= LIMITS["expr_depth"]:
            table.pop("concat")
            table.pop("generator")
        kind = weighted(self.rng, table)
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
            return scope.handler if rng.random() < 0.5 else f"{scope.handler}.args[0]"
        return f"{self.any_expr(scope, depth + 1)} + {self.any_expr(scope, depth + 1)}"

    def condition(self, scope, depth=0):
        rng = self.rng
        kind = rng.choice(["compare", "compare", "is_none", "not", "bool_op", "truth"])
        if depth >= LIMITS["expr_depth"]:
            kind = "compare"
        if kind == "compare":
            op = rng.choice(["==", "!=", "<", "<=", ">", ">="])
            return f"{self.int_expr(scope, depth + 1)} {op} {self.int_expr(scope, depth + 1)}"
        names = sorted(n for n, k in scope.names.items() if k != "exc")
        if kind == "is_none" and names:  # a name: `literal is None` draws a SyntaxWarning
            return f"{rng.choice(names)} is{rng.choice(['', ' not'])} None"
        if kind in ("not", "is_none"):
            return f"not {self.condition(scope, depth + 1)}"
        if kind == "bool_op":
            return f"{self.condition(scope, depth + 1)} {rng.choice(['and', 'or'])} {self.condition(scope, depth + 1)}"
        return self.any_expr(scope, depth + 1)

    def caught_class(self):
        kind = weighted(self.rng, WEIGHTS["caught"])
        if kind == "user":
            return self.rng.choice(self.classes)[0] if self.classes else "Exception"
        if kind == "tuple":
            return f"({self.raised_class()}, {self.raised_class()})"
        return kind

    def raised_class(self):
        kind = weighted(self.rng, WEIGHTS["raised"])
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
            kind = weighted(rng, table)
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
            elif kind == "del":
                live.remove(name)
                steps.append(f'("del", "{name}")')
            else:
                steps.append(f'("{kind}", "{name}")')
        return ["DRIVE = ["] + [f"    {step}," for step in steps] + ["]"]

    def drive_new(self, live):
        rng = self.rng
        candidates = [f for f in self.functions if f.is_generator
                      and (live or all(kind == "int" for _, kind in f.params))]
        function = rng.choice(candidates)
        name = rng.choice(DRIVER_NAMES)
        args = [f'"@{rng.choice(live)}"' if kind == "gen" else str(rng.randint(-2, 5)) for _, kind in function.params]
        if name not in live:
            live.append(name)
        return "(" + ", ".join(['"new"', f'"{name}"', f'"{function.name}"'] + args) + ")"

    def sent_value(self, live):
        kind = weighted(self.rng, WEIGHTS["sent"])
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
    return ["    " + line for line in lines]


def _yields(line):
    stripped = line.strip()
    return stripped.startswith("yield") or " = yield" in stripped or stripped.startswith("yield from")


def program_text(seed):
    """The source of fuzz program `seed`."""
    return ProgramGenerator(seed).program()
