"""The scenario subset of spec/SUBSET.md: parse one scenario file, check every rule, return its parts.

Used by the validator (validate.py), the oracle (oracle.py) and the scenario compiler, so it must run
unchanged on CPython 3.8-3.13 and PyPy3 with the standard library only.
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

CATEGORIES = (
    "next", "send", "throw", "close", "yield_from", "return_value", "states", "reentrancy",
    "finalization", "pep479", "exceptions_in_body", "nesting", "pipelines", "misc",
)

# The builtin exception classes every CPython from 3.8 to 3.13 provides (3.8's list; later versions
# only add names), so a scenario means the same thing under every interpreter it is run on.
BUILTIN_EXCEPTIONS = frozenset("""
    ArithmeticError AssertionError AttributeError BaseException BlockingIOError BrokenPipeError
    BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError
    ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError EnvironmentError Exception
    FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError ImportError
    ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError
    KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError NotADirectoryError
    NotImplementedError OSError OverflowError PendingDeprecationWarning PermissionError
    ProcessLookupError RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning
    StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError
    TimeoutError TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError
    UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError
""".split())

# Builtins a body may call, with the number of arguments each accepts.
CALLABLE_BUILTINS = {"emit": (1,), "state": (1,), "next": (1, 2)}
CALLABLE_BUILTINS["len"] = (1,)  # of a tuple or str (spec/SUBSET.md, "Tuples")
CALLABLE_BUILTINS["iter"] = (1,)  # spec/SUBSET.md, "Generator introspection"
# type() only as type(x).__name__; range() only as a for loop's or a yield from's iterable.
RESERVED_NAMES = frozenset(CALLABLE_BUILTINS) | {"range", "type", "DRIVE"}

# The fixed length of each DRIVE tuple ("new" is checked against the function's parameters).
DRIVE_ARITY = {
    "next": (2,), "close": (2,), "state": (2,), "drain": (2,), "del": (2,),
    "send": (3,), "throw": (3, 4), "throw_value": (4, 5),
}
DRIVE_OPS = ("new",) + tuple(DRIVE_ARITY)

# Methods of an iterator class that PEP 380 and the iterator protocol call: parameters after self.
PROTOCOL_ARITIES = {"__iter__": 0, "__next__": 0, "send": 1, "throw": 1, "close": 0}

# Ints are Python ints, but CPython (3.8.14+, 3.9.14+, 3.10.7+, 3.11+) refuses to convert one of
# more digits than this between text and int (sys.int_info.default_max_str_digits): such a literal
# is a SyntaxError, such a value has no text in a trace.
MAX_INT_DIGITS = 4300
# How deep statements and expressions may nest (a 500-term `1 + 1 + ...` is 500 levels): the tools
# walk the tree recursively, so deeper trees are refused with file:line before any walk starts.
MAX_NESTING = 100
# Yields (resume points) per generator function: the generated C of one grows with each, and GCC
# compiles one huge function superlinearly (1,000 yields: ~8 CPU-s and 250 MB at -O3; 10,000:
# more than 12 CPU-minutes and 2.2 GB), so more are refused with file:line.
MAX_YIELDS = 1000
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
FILE_STEM = re.compile(r"[a-z0-9_]+\Z")

BIN_OPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.FloorDiv: "//", ast.Mod: "%"}
AUG_OPS = (ast.Add, ast.Sub, ast.Mult)
COMPARE_OPS = (ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE)
# Generator attributes a body may read on a name (g.gi_frame only in `g.gi_frame is [not] None` and
# type(g.gi_frame).__name__, g.gi_code only in `g.gi_code is f.__code__`).
GENERATOR_ATTRIBUTES = ("gi_running", "gi_suspended", "gi_yieldfrom", "__name__", "__qualname__")
# Exception chaining (PEP 3134), read on a name or on another such read: e.__context__.__cause__.
CHAIN_ATTRIBUTES = ("__context__", "__cause__", "__suppress_context__")
# Attributes a body may assign on a name outside a method, in a file without iterator classes (whose
# instances would store them): an exception keeps them, a generator takes a new name (a str) and
# refuses its read-only attributes.
STORED_ATTRIBUTES = ("value", "gi_running", "gi_suspended", "gi_yieldfrom", "gi_frame", "gi_code", "__name__",
                     "__qualname__")

# How the rules name constructs outside the subset; any other node type is named by its class.
UNSUPPORTED = {
    "List": "lists", "Tuple": "tuples", "Dict": "dicts", "Set": "sets", "Lambda": "lambdas",
    "ListComp": "comprehensions", "SetComp": "comprehensions", "DictComp": "comprehensions",
    "GeneratorExp": "generator expressions", "JoinedStr": "f-strings", "FormattedValue": "f-strings",
    "Import": "imports", "ImportFrom": "imports", "With": "with statements",
    "AsyncWith": "async", "AsyncFor": "async", "AsyncFunctionDef": "async", "Await": "async",
    "Global": "global statements", "Nonlocal": "nonlocal statements",
    "FunctionDef": "nested functions (closures)", "ClassDef": "classes other than exception classes",
    "Delete": "del statements", "Assert": "assert statements", "AnnAssign": "annotated assignments",
    "NamedExpr": "assignment expressions (:=)", "Starred": "* unpacking", "Slice": "slices",
    "Subscript": "subscripts other than e.args[0]", "Attribute": "attributes other than e.value",
    "Match": "match statements", "TryStar": "except*",
}


def _has_lone_surrogate(text):
    return any(0xD800 <= ord(c) <= 0xDFFF for c in text)


class ScenarioError(Exception):
    """One broken rule, located: str(e) is "path:line: rule"."""

    def __init__(self, path, line, rule):
        super().__init__(f"{path}:{line}: {rule}")
        self.path = str(path)
        self.line = line
        self.rule = rule


class GenRef:
    """A DRIVE argument "@h": the generator the driver currently calls h."""

    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, GenRef) and other.name == self.name

    def __hash__(self):
        return hash(("GenRef", self.name))

    def __repr__(self):
        return f"GenRef({self.name!r})"


@dataclass
class ExcClass:
    name: str
    base: str
    line: int


@dataclass
class Function:
    name: str
    params: List[str]
    is_generator: bool
    node: ast.FunctionDef  # a lambda's is made for it: `def NAME(params): return BODY`
    line: int
    code_name: Optional[str] = None  # CPython's co_name when it is not `name`: "<lambda>"


@dataclass
class IteratorClass:
    """`class Name:` whose methods are plain functions taking self first (spec/SUBSET.md, "Iterator classes")."""
    name: str
    methods: List[Function]
    attributes: List[str]  # every name assigned as self.NAME in its methods, in first-assignment order
    line: int


@dataclass
class Step:
    op: str
    line: int
    gen: str
    func: Optional[str] = None
    args: list = field(default_factory=list)
    exc: Optional[str] = None
    exc_has_arg: bool = False


@dataclass
class Scenario:
    file: str
    name: str
    docstring: str
    module: ast.Module
    classes: List[ExcClass]
    functions: List[Function]
    steps: List[Step]
    iterator_classes: List[IteratorClass] = field(default_factory=list)


def int_literal_too_long(value):
    """The rule an int literal of more than MAX_INT_DIGITS digits breaks, or None."""
    if abs(value) < 10 ** MAX_INT_DIGITS:
        return None
    return (f"int literal of more than {MAX_INT_DIGITS} digits: CPython refuses to convert it "
            "(sys.int_info.default_max_str_digits)")


def default_root():
    """The corpus: spec/scenarios beside this tools directory."""
    return Path(__file__).resolve().parent.parent / "scenarios"


def load_scenario(path, root=None):
    """Parse and validate one scenario; raise the first ScenarioError found."""
    scenario, errors = _analyse(path, root)
    if errors:
        raise errors[0]
    return scenario


def validate_file(path, root=None):
    """Every ScenarioError of one file, in line order (empty when the file is inside the subset)."""
    return _analyse(path, root)[1]


def _analyse(path, root):
    checker = _Checker(str(path))
    scenario = checker.run(Path(path), Path(root) if root is not None else default_root())
    errors = sorted(checker.errors, key=lambda e: e.line)
    return (None if errors else scenario), errors


def is_exception_call(node, classes):
    """Whether node is T(...) of a builtin exception class or one of `classes` (names)."""
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
        and (node.func.id in BUILTIN_EXCEPTIONS or node.func.id in classes)


def is_chain_attribute(node):
    """e.__context__ or e.__cause__ (the exception links, which `is` may compare)."""
    return isinstance(node, ast.Attribute) and node.attr in ("__context__", "__cause__")


def is_gi_frame(node):
    """g.gi_frame of a name g."""
    return isinstance(node, ast.Attribute) and node.attr == "gi_frame" and isinstance(node.value, ast.Name)


def is_type_name(node):
    """type(x).__name__."""
    return isinstance(node, ast.Attribute) and node.attr == "__name__" and isinstance(node.value, ast.Call) \
        and isinstance(node.value.func, ast.Name) and node.value.func.id == "type" \
        and len(node.value.args) == 1 and not node.value.keywords


def is_sys_call(node, function):
    """sys.FUNCTION() (no arguments)."""
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == function \
        and isinstance(node.func.value, ast.Name) and node.func.value.id == "sys" \
        and not node.args and not node.keywords


def sys_exc_info_index(node):
    """i of sys.exc_info()[i] with a literal 0, 1 or 2, else None."""
    if not (isinstance(node, ast.Subscript) and is_sys_call(node.value, "exc_info")):
        return None
    index = _subscript_index(node)
    if isinstance(index, ast.Constant) and type(index.value) is int and index.value in (0, 1, 2):
        return index.value
    return None


def is_sys_exc_info_type_name(node):
    """sys.exc_info()[0].__name__."""
    return isinstance(node, ast.Attribute) and node.attr == "__name__" and sys_exc_info_index(node.value) == 0


SYS_EXC_INFO_FORMS = ("sys.exc_info() is allowed only as sys.exc_info()[1], sys.exc_info()[0].__name__ and"
                      " sys.exc_info()[i] is None (i 0-2): the tuple holds a class and a traceback, which a"
                      " trace cannot show")


def code_compared(node):
    """(g, f) of `g.gi_code is f.__code__` (or `is not`), else None."""
    left, right = node.left, node.comparators[0]
    if isinstance(left, ast.Attribute) and left.attr == "gi_code" and isinstance(left.value, ast.Name) \
            and isinstance(right, ast.Attribute) and right.attr == "__code__" and isinstance(right.value, ast.Name):
        return left.value, right.value.id
    return None


def _line(node):
    return getattr(node, "lineno", 1)


def _describe(node):
    kind = type(node).__name__
    return UNSUPPORTED.get(kind, kind)


def lambda_as_def(name, node):
    """`name = lambda params: body` as the def CPython compiles it to: `def name(params): return body`,
    at the lambda's place (its code's co_firstlineno)."""
    function = ast.FunctionDef(name=name, args=node.args, body=[ast.copy_location(ast.Return(value=node.body), node.body)],
                               decorator_list=[], returns=None, type_comment=None)
    if "type_params" in ast.FunctionDef._fields:  # 3.12+
        function.type_params = []
    return ast.fix_missing_locations(ast.copy_location(function, node))


def _plain_parameters(node):
    """A def with positional parameters only: no decorators, defaults, *args, **kwargs, keyword-only
    parameters or annotations."""
    args = node.args
    extras = (getattr(args, "posonlyargs", []) or args.vararg or args.kwonlyargs or args.kwarg
              or args.defaults or any(a.annotation for a in args.args))
    return not (node.decorator_list or node.returns or extras)


def _is_range_call(node):
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range"


def _subscript_index(node):
    """The index expression of a subscript (3.8 wraps it in ast.Index)."""
    index = node.slice
    return index.value if type(index).__name__ == "Index" else index


class _Body:
    """Where a statement sits inside one function."""

    def __init__(self, local_names, in_loop=False, in_handler=False):
        self.local_names = local_names
        self.in_loop = in_loop
        self.in_handler = in_handler

    def inside(self, in_loop=None, in_handler=None):
        return _Body(self.local_names,
                     self.in_loop if in_loop is None else in_loop,
                     self.in_handler if in_handler is None else in_handler)


class _Checker:
    def __init__(self, path):
        self.path = path
        self.errors = []
        self.classes = {}
        self.functions = {}
        self.iterator_classes = {}     # name -> IteratorClass
        self.method_arities = {}       # method name -> parameters after self, in every class defining it
        self.attribute_names = set()   # every instance attribute name of the file
        self.in_method = False
        self.imports_sys = False       # `import sys` at module level

    def fail(self, where, rule):
        line = where if isinstance(where, int) else _line(where)
        self.errors.append(ScenarioError(self.path, line, rule))

    # ---- the file -------------------------------------------------------------------------------

    def run(self, path, root):
        try:
            source = path.read_bytes().decode("utf-8")
        except OSError as e:
            self.fail(1, f"cannot read the file: {e.strerror}")
            return None
        except UnicodeDecodeError:
            self.fail(1, "the file is not valid UTF-8")
            return None
        name = self.check_location(path, root)
        try:
            module = ast.parse(source, filename=self.path)
        except SyntaxError as e:
            self.fail(e.lineno or 1, f"syntax error: {e.msg}")
            return None
        except (RecursionError, MemoryError):  # the parser's own limit on nesting (far above MAX_NESTING)
            self.fail(1, f"statements and expressions may nest at most {MAX_NESTING} levels deep")
            return None

        if not self.check_nesting(module):
            return None
        docstring = self.check_docstring(module)
        classes, functions, drive = self.check_module_level(module, docstring)
        for function in functions:
            self.check_function(function)
        self.check_methods()
        steps = self.check_drive(drive) if drive is not None else []
        if not self.errors:
            self.compile_backstop(module)
        return Scenario(self.path, name, docstring or "", module, classes, functions, steps,
                        list(self.iterator_classes.values()))

    def check_nesting(self, module):
        """Refuse (once, at the first too-deep node) a tree nested deeper than MAX_NESTING; iterative."""
        pending = [(module, 0)]
        while pending:
            node, depth = pending.pop()
            if depth > MAX_NESTING:
                self.fail(node, f"statements and expressions may nest at most {MAX_NESTING} levels deep"
                                " (split a long expression such as 1 + 1 + ... into several statements)")
                return False
            pending.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
        return True

    def check_location(self, path, root):
        try:
            parts = path.resolve().relative_to(root.resolve()).parts
        except ValueError:
            parts = ()
        if len(parts) != 2 or path.suffix != ".py":
            self.fail(1, "a scenario must be spec/scenarios/<category>/<name>.py")
            return path.stem
        category, stem = parts[0], path.stem
        if category not in CATEGORIES:
            self.fail(1, f"unknown category '{category}' (known: {', '.join(CATEGORIES)})")
        if not FILE_STEM.match(stem):
            self.fail(1, f"scenario file name '{stem}.py' must be lower_snake_case")
        return f"{category}/{stem}"

    def check_docstring(self, module):
        first = module.body[0] if module.body else None
        if not (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)):
            self.fail(first or 1, "the first statement must be a docstring stating the rule checked")
            return None
        summary = first.value.value.strip().split("\n")[0].strip()
        if not summary:
            self.fail(first, "the docstring's first line must state the rule checked")
        return summary

    def check_module_level(self, module, docstring):
        """Collect classes, functions and DRIVE; names first, so bodies may call functions defined later."""
        classes, functions, drive = [], [], None
        body = module.body[1:] if docstring is not None else module.body
        for index, statement in enumerate(body):
            if isinstance(statement, ast.Import) and [(a.name, a.asname) for a in statement.names] == [("sys", None)]:
                if self.imports_sys:
                    self.fail(statement, "sys is imported once")
                self.imports_sys = True
            elif isinstance(statement, ast.Import):
                self.fail(statement, "the only import allowed is 'import sys' (for sys.exception() and sys.exc_info())")
            elif isinstance(statement, ast.ClassDef) and not statement.bases and not statement.keywords:
                self.declare_iterator_class(statement)
            elif isinstance(statement, ast.ClassDef):
                exc_class = self.check_class(statement)
                if exc_class:
                    classes.append(exc_class)
            elif isinstance(statement, ast.FunctionDef):
                function = self.declare_function(statement)
                if function:
                    functions.append(function)
            elif (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                  and isinstance(statement.targets[0], ast.Name) and isinstance(statement.value, ast.Lambda)):
                if any(f.code_name and f.line == statement.value.lineno for f in functions):
                    self.fail(statement, "one lambda per line: CPython's code objects of two would not tell apart")
                    continue
                function = self.declare_function(lambda_as_def(statement.targets[0].id, statement.value),
                                                 code_name="<lambda>")
                if function:
                    functions.append(function)
            elif (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                  and isinstance(statement.targets[0], ast.Name) and statement.targets[0].id == "DRIVE"):
                if index != len(body) - 1:
                    self.fail(statement, "DRIVE = [...] must be the last statement of the file")
                drive = statement
            else:
                self.fail(statement, "only import sys, exception classes, def, NAME = lambda and DRIVE are allowed at"
                          " module level"
                          f" (found {_describe(statement)})")
        if drive is None:
            self.fail(body[-1] if body else 1, "the scenario must end with DRIVE = [...]")
        return classes, functions, drive

    def check_new_name(self, node, name, what):
        if name in RESERVED_NAMES or name in BUILTIN_EXCEPTIONS:
            self.fail(node, f"{what} '{name}' redefines a builtin name")
            return False
        if name in self.classes or name in self.functions or name in self.iterator_classes:
            self.fail(node, f"{what} '{name}' is defined twice")
            return False
        return True

    def check_class(self, node):
        bases_ok = (len(node.bases) == 1 and isinstance(node.bases[0], ast.Name)
                    and not node.keywords and not node.decorator_list)
        if not bases_ok or len(node.body) != 1 or not isinstance(node.body[0], ast.Pass):
            self.fail(node, "an exception class must be exactly 'class Name(Base): pass'")
            return None
        base = node.bases[0].id
        if base not in BUILTIN_EXCEPTIONS and base not in self.classes:
            self.fail(node, f"exception class '{node.name}' must derive from a builtin exception"
                            f" or an exception class defined above it, not '{base}'")
            return None
        if not self.check_new_name(node, node.name, "class"):
            return None
        exc_class = ExcClass(node.name, base, node.lineno)
        self.classes[node.name] = exc_class
        return exc_class

    def declare_function(self, node, code_name=None):
        args = node.args
        if not _plain_parameters(node):
            self.fail(node, "a function takes plain positional parameters only"
                            " (no decorators, defaults, *args, **kwargs, keyword-only or annotations)")
            return None
        if not self.check_new_name(node, node.name, "function"):
            return None
        params = [a.arg for a in args.args]
        is_generator = any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in ast.walk(node))
        function = Function(node.name, params, is_generator, node, node.lineno, code_name)
        self.functions[node.name] = function
        return function

    def compile_backstop(self, module):
        """Errors CPython finds only when compiling (e.g. a return outside a function)."""
        for node in ast.walk(module):
            has_docstring = isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
            doc = node.body[0] if has_docstring else None
            if (isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant)
                    and isinstance(doc.value.value, str) and _has_lone_surrogate(doc.value.value)):
                self.fail(doc, "a docstring may not hold a lone surrogate (\\ud800-\\udfff):"
                               " CPython 3.13 cannot compile it (a str literal elsewhere may)")
                return
        try:
            compile(module, self.path, "exec", dont_inherit=True)
        except SyntaxError as e:
            self.fail(e.lineno or 1, f"syntax error: {e.msg}")

    # ---- function bodies ------------------------------------------------------------------------

    def check_function(self, function):
        node = function.node
        local_names = set()
        for param in node.args.args:
            if param.arg in local_names:
                self.fail(node, f"parameter '{param.arg}' appears twice")
            local_names.add(param.arg)
        for sub in ast.walk(node):
            if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
                local_names.add(sub.id)
            elif isinstance(sub, ast.ExceptHandler) and sub.name:
                local_names.add(sub.name)
        for name in sorted(local_names):
            if name in RESERVED_NAMES or name in BUILTIN_EXCEPTIONS or name in self.classes \
                    or name in self.functions or name in self.iterator_classes:
                self.fail(node, f"local name '{name}' in {node.name}() shadows a module-level or builtin name")
        yields = sum(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in ast.walk(node))
        if yields > MAX_YIELDS:
            self.fail(node, f"generator function {node.name}() has {yields} yields; at most {MAX_YIELDS}"
                            " are allowed (split it into generators joined by yield from)")
        self.check_block(node.body, _Body(local_names))

    def check_block(self, statements, body):
        for statement in statements:
            self.check_statement(statement, body)

    def check_statement(self, node, body):
        method = getattr(self, "statement_" + type(node).__name__, None)
        if method is None:
            self.fail(node, f"{_describe(node)} are not allowed")
        else:
            method(node, body)

    def statement_Expr(self, node, body):
        if isinstance(node.value, (ast.Yield, ast.YieldFrom)):
            self.check_yield(node.value, body)
        else:
            self.check_expr(node.value, body)

    def statement_Assign(self, node, body):
        if len(node.targets) == 1 and isinstance(node.targets[0], ast.Attribute):
            target = node.targets[0]
            if target.attr in STORED_ATTRIBUTES and isinstance(target.value, ast.Name):
                self.check_stored_attribute(target, body)
            else:
                self.check_attribute_target(target, body)
            self.check_expr(node.value, body)
            return
        if len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name):
            self.fail(node, "an assignment must have exactly one plain name as its target")
            return
        if isinstance(node.value, (ast.Yield, ast.YieldFrom)):
            self.check_yield(node.value, body)
        else:
            self.check_expr(node.value, body)

    def statement_AugAssign(self, node, body):
        if isinstance(node.target, ast.Attribute) and isinstance(node.op, AUG_OPS):
            self.check_attribute_target(node.target, body)
            self.check_expr(node.value, body)
            return
        if not isinstance(node.target, ast.Name) or not isinstance(node.op, AUG_OPS):
            self.fail(node, "augmented assignment must be NAME += / -= / *= expr")
            return
        self.check_expr(node.value, body)

    def statement_If(self, node, body):
        self.check_expr(node.test, body)
        self.check_block(node.body, body)
        self.check_block(node.orelse, body)

    def statement_While(self, node, body):
        if node.orelse:
            self.fail(node, "while ... else is not allowed")
        self.check_expr(node.test, body)
        self.check_block(node.body, body.inside(in_loop=True))

    def statement_For(self, node, body):
        if node.orelse:
            self.fail(node, "for ... else is not allowed")
        if not isinstance(node.target, ast.Name):
            self.fail(node, "a for loop's target must be one plain name")
        iterable = node.iter
        if _is_range_call(iterable):
            self.check_range_arguments(iterable, body)
        else:
            self.check_expr(iterable, body)
        self.check_block(node.body, body.inside(in_loop=True))

    def check_range_arguments(self, call, body):
        if not 1 <= len(call.args) <= 3 or call.keywords:
            self.fail(call, "range() takes 1 to 3 positional arguments")
        for argument in call.args:
            self.check_expr(argument, body)

    def statement_Try(self, node, body):
        self.check_block(node.body, body)
        for handler in node.handlers:
            self.check_handler_type(handler)
            self.check_block(handler.body, body.inside(in_handler=True))
        self.check_block(node.orelse, body)
        self.check_block(node.finalbody, body)

    def check_handler_type(self, handler):
        if handler.type is None:
            return  # a bare `except:` catches every exception, GeneratorExit included
        if isinstance(handler.type, ast.Tuple):
            if not handler.type.elts:
                self.fail(handler, "an except tuple must name at least one exception class")
            for element in handler.type.elts:
                self.check_exception_class(element)
        else:
            self.check_exception_class(handler.type)

    def check_exception_class(self, node):
        if not isinstance(node, ast.Name):
            self.fail(node, "an exception class must be given by its name")
        elif node.id not in BUILTIN_EXCEPTIONS and node.id not in self.classes:
            self.fail(node, f"unknown exception class '{node.id}'")

    def check_exception_spec(self, node, body, where):
        """`T` or `T(arg)` or `T()`: what raise and g.throw() accept."""
        if isinstance(node, ast.Call):
            if node.keywords or len(node.args) > 1:
                self.fail(node, f"{where} takes an exception as T or T(arg) (one positional argument)")
            self.check_exception_class(node.func)
            for argument in node.args:
                self.check_expr(argument, body)
        elif isinstance(node, ast.Name) and node.id in body.local_names:
            self.fail(node, f"{where} takes an exception class: T or T(arg), not the variable '{node.id}'")
        elif isinstance(node, ast.Name):
            self.check_exception_class(node)
        else:
            self.fail(node, f"{where} takes an exception class: T or T(arg)")

    def statement_Raise(self, node, body):
        if node.exc is None:  # a bare raise (never with from) re-raises the handled exception
            return
        for part in (node.exc, node.cause):
            if isinstance(part, ast.Name) and part.id in body.local_names:
                self.check_expr(part, body)  # CPython's TypeError if it holds no exception
            elif part is node.cause and isinstance(part, ast.Constant) and part.value is None:
                pass
            elif part is not None:
                self.check_exception_spec(part, body, "raise ... from" if part is node.cause else "raise")

    def statement_Return(self, node, body):
        if node.value is not None:
            self.check_expr(node.value, body)

    def statement_Pass(self, node, body):
        pass

    def statement_Break(self, node, body):
        if not body.in_loop:
            self.fail(node, "break outside a loop")

    def statement_Continue(self, node, body):
        if not body.in_loop:
            self.fail(node, "continue outside a loop")

    # ---- expressions ----------------------------------------------------------------------------

    def check_yield(self, node, body):
        if isinstance(node, ast.YieldFrom) and _is_range_call(node.value):
            self.check_range_arguments(node.value, body)
        elif node.value is not None:
            self.check_expr(node.value, body)

    def check_expr(self, node, body):
        method = getattr(self, "expr_" + type(node).__name__, None)
        if method is None:
            self.fail(node, f"{_describe(node)} are not allowed")
        else:
            method(node, body)

    def expr_Yield(self, node, body):  # a yield inside a larger expression: `1 + (yield)`
        self.check_yield(node, body)

    expr_YieldFrom = expr_Yield

    def expr_Constant(self, node, body):
        value = node.value
        if value is None or isinstance(value, (bool, str)):
            return
        if type(value) is int:
            if int_literal_too_long(value):
                self.fail(node, int_literal_too_long(value))
            return
        self.fail(node, f"{type(value).__name__} literals are not allowed (only int, str, True/False, None)")

    def expr_Name(self, node, body):
        name = node.id
        if name in body.local_names:
            return
        if name in self.functions:
            self.fail(node, f"function '{name}' can only be called")
        elif name in self.classes or name in BUILTIN_EXCEPTIONS:
            self.fail(node, f"exception class '{name}' can only be raised, thrown or caught")
        elif name in self.iterator_classes:
            self.fail(node, f"class '{name}' can only be called to make an instance")
        elif name in RESERVED_NAMES:
            self.fail(node, f"'{name}' can only be called")
        else:
            self.fail(node, f"unknown name '{name}'")

    def expr_UnaryOp(self, node, body):
        if not isinstance(node.op, (ast.Not, ast.USub)):
            self.fail(node, "the only unary operators are 'not' and '-'")
            return
        operand = node.operand
        self.check_expr(operand, body)

    def expr_BinOp(self, node, body):
        if type(node.op) not in BIN_OPS:
            self.fail(node, f"operator {type(node.op).__name__} is not allowed (only + - * // %)")
            return
        self.check_expr(node.left, body)
        self.check_expr(node.right, body)

    def expr_BoolOp(self, node, body):
        for value in node.values:
            self.check_expr(value, body)

    def expr_IfExp(self, node, body):
        self.check_expr(node.test, body)
        self.check_expr(node.body, body)
        self.check_expr(node.orelse, body)

    def expr_Compare(self, node, body):
        if len(node.ops) != 1:
            self.fail(node, "chained comparisons are not allowed: compare two operands")
            return
        op, right = node.ops[0], node.comparators[0]
        if isinstance(op, (ast.Is, ast.IsNot)):
            self.check_identity(node, body)
            return
        elif not isinstance(op, COMPARE_OPS):
            self.fail(node, f"comparison {type(op).__name__} is not allowed (only == != < <= > >= and is [not] None)")
            return
        self.check_expr(node.left, body)
        self.check_expr(right, body)

    def check_identity(self, node, body):
        """`x is None`, `g.gi_frame is None`, `g.gi_code is f.__code__`, or two objects' identity."""
        left, right = node.left, node.comparators[0]
        if isinstance(right, ast.Constant) and right.value is None:
            if is_gi_frame(left):  # frames are no values: only whether there is one
                self.check_expr(left.value, body)
            elif sys_exc_info_index(left) is not None:  # a class or a traceback: only whether there is one
                self.check_sys_call(left.value, body)
            else:
                self.check_expr(left, body)
            return
        compared = code_compared(node)
        if compared is not None:
            generator, function = compared
            if function not in self.functions or not self.functions[function].is_generator:
                self.fail(node, f"'{function}.__code__': only a generator function of the file has a code"
                                " object to compare with g.gi_code")
                return
            self.check_expr(generator, body)
            return
        for operand in (left, right):  # ints, strs and tuples have no identity CPython guarantees
            if not isinstance(operand, (ast.Name, ast.Call, ast.Attribute, ast.Subscript)):
                self.fail(node, "'is' and 'is not' compare against None, g.gi_code with f.__code__, or two"
                                " names, calls, attributes or subscripts (no literals or computed values)")
                return
        self.check_expr(left, body)
        self.check_expr(right, body)

    def expr_Attribute(self, node, body):
        if is_sys_exc_info_type_name(node):
            self.check_sys_call(node.value.value, body)
        elif node.attr in CHAIN_ATTRIBUTES and (isinstance(node.value, ast.Name) or is_chain_attribute(node.value)):
            self.check_expr(node.value, body)
        elif is_type_name(node):
            operand = node.value.args[0]
            self.check_expr(operand.value if is_gi_frame(operand) else operand, body)
        elif node.attr in self.attribute_names and isinstance(node.value, ast.Name):
            self.check_expr(node.value, body)
        elif (node.attr in ("value", "args") or node.attr in GENERATOR_ATTRIBUTES) and isinstance(node.value, ast.Name):
            self.check_expr(node.value, body)
        elif is_gi_frame(node):
            self.fail(node, "g.gi_frame is allowed only as 'g.gi_frame is None' or 'g.gi_frame is not None'"
                            " and in type(g.gi_frame).__name__")
        elif node.attr == "gi_code":
            self.fail(node, "g.gi_code is allowed only as 'g.gi_code is f.__code__' (or 'is not')")
        else:
            self.fail(node, f"attribute '.{node.attr}' is not allowed (only e.value, e.args,"
                            f" e.{', e.'.join(CHAIN_ATTRIBUTES)}, an instance's attributes,"
                            f" g.{', g.'.join(GENERATOR_ATTRIBUTES)}, type(x).__name__,"
                            " g.gi_frame is None and g.gi_code is f.__code__)")

    def expr_Subscript(self, node, body):
        if is_sys_call(node.value, "exc_info"):
            if sys_exc_info_index(node) != 1:
                self.fail(node, SYS_EXC_INFO_FORMS)
                return
            self.check_sys_call(node.value, body)
            return
        index = _subscript_index(node)
        if isinstance(index, ast.Slice):
            self.fail(node, "slices are not allowed (only an index: t[i])")
            return
        self.check_expr(node.value, body)
        self.check_expr(index, body)

    def expr_Tuple(self, node, body):
        for element in node.elts:
            self.check_expr(element, body)

    def expr_Call(self, node, body):
        if node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
            self.fail(node, "calls take positional arguments only (no keywords, no *)")
            return
        function = node.func
        if isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name) \
                and function.value.id == "sys" and (self.imports_sys or "sys" not in body.local_names):
            if is_sys_call(node, "exc_info"):
                self.fail(node, SYS_EXC_INFO_FORMS)
            else:
                self.check_sys_call(node, body)
        elif isinstance(function, ast.Name):
            self.check_named_call(node, function.id, body)
        elif isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name):
            self.check_method_call(node, function, body)
        else:
            self.fail(node, "only the file's functions, emit/state/next and g.send/g.throw/g.close can be called")

    def check_named_call(self, node, name, body):
        count = len(node.args)
        if name in self.functions:
            params = self.functions[name].params
            if count != len(params):
                self.fail(node, f"wrong arity: {name}() takes {len(params)} argument(s), got {count}")
        elif name in self.iterator_classes:
            init = self.method_of(name, "__init__")
            params = len(init.params) - 1 if init else 0
            if count != params:
                self.fail(node, f"wrong arity: {name}() takes {params} argument(s), got {count}")
        elif name in CALLABLE_BUILTINS:
            accepted = CALLABLE_BUILTINS[name]
            if count not in accepted:
                self.fail(node, f"wrong arity: {name}() takes {' or '.join(map(str, accepted))} argument(s), got {count}")
        elif name == "range":
            self.fail(node, "range() is allowed only as the iterable of a for loop or of yield from")
            return
        elif name == "type":
            self.fail(node, "type() is allowed only as type(x).__name__")
            return
        elif name in self.classes or name in BUILTIN_EXCEPTIONS:
            self.fail(node, f"an exception '{name}(...)' can only be created in raise or g.throw()")
            return
        else:
            self.fail(node, f"call of unknown function '{name}'")
            return
        for argument in node.args:
            self.check_expr(argument, body)

    def check_sys_call(self, node, body):
        """sys.exception() or sys.exc_info(), the sys module imported and not shadowed by a local."""
        if "sys" in body.local_names:
            self.fail(node, "'sys' is the sys module here: a local of that name would hide it")
        elif not self.imports_sys:
            self.fail(node, "sys.exception() and sys.exc_info() need 'import sys' at module level")
        elif not (is_sys_call(node, "exception") or is_sys_call(node, "exc_info")):
            self.fail(node, "of the sys module only sys.exception() and sys.exc_info() are allowed, without arguments")

    def check_method_call(self, node, function, body):
        method, count = function.attr, len(node.args)
        if method in self.method_arities and method not in PROTOCOL_ARITIES:
            self.check_class_method_call(node, function, body)
            return
        expected = {"send": 1, "throw": 1, "close": 0}.get(method)
        if expected is None:
            self.fail(node, f"method '.{method}()' is not allowed (only g.send, g.throw, g.close)")
            return
        if method == "throw" and count not in (1, 2, 3):
            self.fail(node, f"wrong arity: g.throw() takes 1 to 3 arguments, got {count}")
            return
        if method == "throw" and count in (2, 3):  # g.throw(T, value[, tb]): deprecated from 3.12
            self.check_expr(function.value, body)
            self.check_exception_spec(node.args[0], body, "g.throw()")
            for argument in node.args[1:]:
                if is_exception_call(argument, self.classes):  # g.throw(T, T2(arg)): an exception as the value
                    self.check_exception_spec(argument, body, "g.throw()")
                else:
                    self.check_expr(argument, body)
            return
        if count != expected:
            self.fail(node, f"wrong arity: g.{method}() takes {expected} argument(s), got {count}")
            return
        self.check_expr(function.value, body)
        if method == "send":
            self.check_expr(node.args[0], body)
        elif method == "throw" and (isinstance(node.args[0], ast.Constant) or
                                    isinstance(node.args[0], ast.Name) and node.args[0].id in body.local_names):
            # A literal is no exception (CPython's TypeError is the outcome); a local holds any value.
            self.check_expr(node.args[0], body)
        elif method == "throw":
            self.check_exception_spec(node.args[0], body, "g.throw()")

    # ---- iterator classes -----------------------------------------------------------------------

    def declare_iterator_class(self, node):
        """`class Name:` with methods only: declared before any body is checked, so bodies may use it."""
        if node.decorator_list:
            self.fail(node, "a class takes no decorators")
        if not self.check_new_name(node, node.name, "class"):
            return
        methods, attributes = [], []
        for statement in node.body:
            if not isinstance(statement, ast.FunctionDef):
                self.fail(node, f"class '{node.name}' must be an exception class 'class Name(Base): pass'"
                                f" or an iterator class holding only methods (found {_describe(statement)})")
                continue
            method = self.declare_method(node.name, statement, methods)
            if method is None:
                continue
            methods.append(method)
            for sub in ast.walk(statement):
                target = sub.targets[0] if isinstance(sub, ast.Assign) and len(sub.targets) == 1 else \
                    sub.target if isinstance(sub, ast.AugAssign) else None
                if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) \
                        and target.value.id == "self" and target.attr not in attributes:
                    attributes.append(target.attr)
        for name in attributes:
            if name in ("value", "args") + CHAIN_ATTRIBUTES or name in self.method_arities \
                    or name in GENERATOR_ATTRIBUTES or name in STORED_ATTRIBUTES:
                self.fail(node, f"attribute 'self.{name}' of class '{node.name}' clashes with"
                                " e.value, e.args, an exception's chain, a generator attribute or a method name")
        self.attribute_names.update(attributes)
        self.iterator_classes[node.name] = IteratorClass(node.name, methods, attributes, node.lineno)

    def declare_method(self, class_name, node, methods):
        args = node.args
        if not _plain_parameters(node):
            self.fail(node, "a method takes plain positional parameters only"
                            " (no decorators, defaults, *args, **kwargs, keyword-only or annotations)")
            return None
        params = [a.arg for a in args.args]
        if not params or params[0] != "self":
            self.fail(node, f"method {class_name}.{node.name}() must take self as its first parameter")
            return None
        if any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in ast.walk(node)):
            self.fail(node, f"method {class_name}.{node.name}() contains yield: a method cannot be a generator")
            return None
        if any(m.name == node.name for m in methods):
            self.fail(node, f"method {class_name}.{node.name}() is defined twice")
            return None
        if node.name in ("value", "args", "__getattr__", "__getattribute__") or \
                node.name.startswith("__") and node.name not in ("__init__", "__iter__", "__next__"):
            self.fail(node, f"method {class_name}.{node.name}() is not allowed (special methods other than"
                            " __init__, __iter__ and __next__, and the names value and args, are outside the subset)")
            return None
        arity = PROTOCOL_ARITIES.get(node.name)
        if arity is not None and len(params) - 1 != arity:
            self.fail(node, f"method {class_name}.{node.name}() must take self and {arity} more parameter(s)")
            return None
        known = self.method_arities.setdefault(node.name, len(params) - 1) if node.name != "__init__" else None
        if known is not None and known != len(params) - 1:
            self.fail(node, f"method {class_name}.{node.name}() takes a different number of parameters"
                            " than the method of the same name of another class")
            return None
        return Function(node.name, params, False, node, node.lineno)

    def method_of(self, class_name, method_name):
        return next((m for m in self.iterator_classes[class_name].methods if m.name == method_name), None)

    def check_methods(self):
        for iterator_class in self.iterator_classes.values():
            for method in iterator_class.methods:
                self.in_method = True
                self.check_function(method)
                self.in_method = False

    def check_stored_attribute(self, target, body):
        """e.value = v or g.gi_running = v (STORED_ATTRIBUTES) of a name."""
        if self.iterator_classes:
            self.fail(target, f"'{target.value.id}.{target.attr} = ...' is allowed only in a file without"
                              " iterator classes (an instance would store it, which the runtime does not model)")
            return
        self.check_expr(target.value, body)

    def check_attribute_target(self, target, body):
        if not (self.in_method and isinstance(target.value, ast.Name) and target.value.id == "self"):
            self.fail(target, "an attribute can be assigned only as self.NAME in a method")

    def check_class_method_call(self, node, function, body):
        expected = self.method_arities[function.attr]
        if len(node.args) != expected:
            self.fail(node, f"wrong arity: .{function.attr}() takes {expected} argument(s), got {len(node.args)}")
            return
        self.check_expr(function.value, body)
        for argument in node.args:
            self.check_expr(argument, body)

    # ---- DRIVE ----------------------------------------------------------------------------------

    def check_drive(self, drive):
        if not isinstance(drive.value, ast.List):
            self.fail(drive, "DRIVE must be a list of tuples: DRIVE = [(...), ...]")
            return []
        steps, live = [], set()
        self.refused_names = set()  # generators whose 'new' step was refused: already reported
        for element in drive.value.elts:
            step = self.check_step(element, live)
            if step is not None:
                steps.append(step)
        if not drive.value.elts:
            self.fail(drive, "DRIVE must have at least one step")
        return steps

    def drive_literal(self, node):
        """The value of one tuple item; ValueError (with the rule) for anything but a literal."""
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) \
                and isinstance(node.operand, ast.Constant) and type(node.operand.value) is int:
            value = -node.operand.value
        elif isinstance(node, ast.Constant) and (node.value is None or type(node.value) in (bool, int, str)):
            value = node.value
        else:
            raise ValueError("a DRIVE tuple holds only int, str, True/False and None literals")
        if type(value) is int and int_literal_too_long(value):
            raise ValueError(int_literal_too_long(value))
        return value

    def check_step(self, node, live):
        if not isinstance(node, ast.Tuple) or not node.elts:
            self.fail(node, "each DRIVE step must be a tuple such as (\"next\", \"g\")")
            return None
        try:
            items = [self.drive_literal(e) for e in node.elts]
        except ValueError as e:
            self.fail(node, str(e))
            return None
        op = items[0]
        if op not in DRIVE_OPS:
            self.fail(node, f"unknown DRIVE step {op!r} (known: {', '.join(DRIVE_OPS)})")
            return None
        if len(items) < 2 or not isinstance(items[1], str) or not IDENTIFIER.match(items[1]):
            self.fail(node, f"a {op!r} step names its generator second, as a plain name such as \"g\"")
            return None
        gen = items[1]
        if op == "new":
            return self.check_new_step(node, items, live)
        if len(items) not in DRIVE_ARITY[op]:
            sizes = " or ".join(map(str, DRIVE_ARITY[op]))
            self.fail(node, f"wrong arity: a {op!r} step has {sizes} items, got {len(items)}")
            return None
        if gen not in live:
            if gen not in self.refused_names:
                self.fail(node, f"unknown generator '{gen}': no earlier 'new' step created it, or it was deleted")
            return None
        step = Step(op, node.lineno, gen)
        if op == "send":
            step.args = [self.drive_argument(node, items[2], live)]
        elif op == "throw":
            exc = items[2]
            if not isinstance(exc, str) or (exc not in BUILTIN_EXCEPTIONS and exc not in self.classes):
                self.fail(node, f"unknown exception class {exc!r} in a 'throw' step")
                return None
            step.exc = exc
            if len(items) == 4:
                step.args = [self.drive_argument(node, items[3], live)]
                step.exc_has_arg = True
        elif op == "throw_value":  # g.throw(Exc, value) or g.throw(Exc, value, tb)
            exc = items[2]
            if not isinstance(exc, str) or (exc not in BUILTIN_EXCEPTIONS and exc not in self.classes):
                self.fail(node, f"unknown exception class {exc!r} in a 'throw_value' step")
                return None
            step.exc = exc
            step.args = [self.drive_argument(node, item, live) for item in items[3:]]
        elif op == "del":
            live.discard(gen)
        return step

    def check_new_step(self, node, items, live):
        """A valid 'new' step binds its name; a refused one marks it refused, so the steps using it
        later are not reported again as naming an unknown generator (one error per cause)."""
        step = self.new_step(node, items, live)
        if step is None:
            live.discard(items[1])
            self.refused_names.add(items[1])
        else:
            self.refused_names.discard(items[1])
        return step

    def new_step(self, node, items, live):
        if len(items) < 3 or not isinstance(items[2], str):
            self.fail(node, "wrong arity: a 'new' step is (\"new\", \"g\", \"function\", arg, ...)")
            return None
        function = self.functions.get(items[2])
        if function is None:
            self.fail(node, f"unknown function {items[2]!r} in a 'new' step")
            return None
        args = items[3:]
        if len(args) != len(function.params):
            self.fail(node, f"wrong arity: {function.name}() takes {len(function.params)} argument(s),"
                            f" the 'new' step gives {len(args)}")
            return None
        args = [self.drive_argument(node, a, live) for a in args]
        live.add(items[1])
        return Step("new", node.lineno, items[1], func=function.name, args=args)

    def drive_argument(self, node, value, live):
        if isinstance(value, str) and value.startswith("@"):
            name = value[1:]
            if name not in live and name not in self.refused_names:
                self.fail(node, f"'{value}' names an unknown generator")
            return GenRef(name)
        return value
