"""Tests of the spec tools: transcripts of validate.py and oracle.py on the fixtures under
spec/tests/scenarios (expected output in spec/tests/expected), the subset rules one by one, the
examples of SUBSET.md, regen's interpreter discovery, and the versions report's causes.

Run from anywhere: python3 -m unittest discover -s spec/tests (ctest runs one test per entry)."""
import ast
import os
import re
import subprocess
import sys
import tempfile
import textwrap
import unittest
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
TOOLS = REPO / "spec" / "tools"
FIXTURES = Path("spec/tests/scenarios")  # relative to REPO: error lines name files this way
EXPECTED = REPO / "spec" / "tests" / "expected"
sys.path.insert(0, str(TOOLS))
from subset import load_scenario, validate_file  # noqa: E402
import regen  # noqa: E402
import versions_report  # noqa: E402


def run_tool(*args, env=None):
    return subprocess.run([sys.executable] + [str(a) for a in args], cwd=str(REPO),
                          capture_output=True, text=True, env=env)


class Transcripts(unittest.TestCase):
    """What a user sees: exact output, exit status, and files left behind."""

    def assert_refused(self, relative_path):
        fixture = FIXTURES / relative_path
        expected = (EXPECTED / (fixture.stem + ".stderr")).read_text(encoding="utf-8")
        self.assertEqual(len(expected.splitlines()), 1, "an expected refusal is one line")

        validated = run_tool(TOOLS / "validate.py", "--root", FIXTURES, fixture)
        self.assertEqual((validated.returncode, validated.stdout, validated.stderr), (1, "", expected))

        with tempfile.TemporaryDirectory() as out_dir:
            output = Path(out_dir) / "out.trace"
            oracle = run_tool(TOOLS / "oracle.py", "--root", FIXTURES, fixture, "-o", output)
            self.assertEqual((oracle.returncode, oracle.stdout, oracle.stderr), (1, "", expected))
            self.assertEqual(os.listdir(out_dir), [], "a refused scenario leaves no file, not even a temporary one")

    def assert_trace(self, relative_path):
        fixture = FIXTURES / relative_path
        expected = (EXPECTED / (fixture.stem + ".trace")).read_text(encoding="utf-8")
        printed = run_tool(TOOLS / "oracle.py", "--root", FIXTURES, fixture)
        self.assertEqual((printed.returncode, printed.stderr), (0, ""))
        self.assertEqual(printed.stdout, expected)
        with tempfile.TemporaryDirectory() as out_dir:
            output = Path(out_dir) / "out.trace"
            written = run_tool(TOOLS / "oracle.py", "--root", FIXTURES, fixture, "-o", output)
            self.assertEqual((written.returncode, written.stdout, written.stderr), (0, "", ""))
            self.assertEqual(output.read_bytes(), expected.encode("utf-8"))
            self.assertEqual(os.listdir(out_dir), ["out.trace"])

    def test_syntax_error(self):
        self.assert_refused("misc/bad_syntax_error.py")

    def test_list_display(self):
        self.assert_refused("misc/bad_list_display.py")

    def test_lambda(self):
        self.assert_refused("misc/bad_lambda.py")

    def test_with_statement(self):
        self.assert_refused("misc/bad_with_statement.py")

    def test_import(self):
        self.assert_refused("misc/bad_import.py")

    def test_missing_docstring(self):
        self.assert_refused("misc/bad_missing_docstring.py")

    def test_raise_from_expression(self):
        self.assert_refused("misc/bad_raise_from_expression.py")

    def test_yield_in_assignment_target(self):
        self.assert_refused("misc/bad_yield_in_assignment_target.py")

    def test_unknown_drive_step(self):
        self.assert_refused("misc/bad_unknown_drive_step.py")

    def test_unknown_generator(self):
        self.assert_refused("misc/bad_unknown_generator.py")

    def test_wrong_arity(self):
        self.assert_refused("misc/bad_wrong_arity.py")

    def test_new_of_unknown_function(self):
        self.assert_refused("misc/bad_new_of_unknown_function.py")

    def test_unknown_exception(self):
        self.assert_refused("misc/bad_unknown_exception.py")

    def test_int_beyond_the_str_digits_limit(self):
        fixture = FIXTURES / "misc/bad_int_beyond_the_str_digits_limit.py"
        expected = (EXPECTED / "bad_int_beyond_the_str_digits_limit.stderr").read_text(encoding="utf-8")
        self.assertEqual(run_tool(TOOLS / "validate.py", "--root", FIXTURES, fixture).returncode, 0)
        with tempfile.TemporaryDirectory() as out_dir:
            oracle = run_tool(TOOLS / "oracle.py", "--root", FIXTURES, fixture, "-o", Path(out_dir) / "out.trace")
            self.assertEqual((oracle.returncode, oracle.stdout, oracle.stderr), (1, "", expected))
            self.assertEqual(os.listdir(out_dir), [])

    def test_unknown_category(self):
        self.assert_refused("not_a_category/misplaced.py")

    def test_every_outcome(self):
        self.assert_trace("misc/good_every_outcome.py")

    def test_release_order(self):
        self.assert_trace("finalization/good_release_order.py")

    def test_thrown_instance_released(self):
        self.assert_trace("throw/good_thrown_instance_released.py")

    def test_finalization_chain(self):
        self.assert_trace("finalization/good_finalization_chain.py")

    def test_output_is_never_a_special_file(self):
        with tempfile.TemporaryDirectory() as out_dir:
            fifo = Path(out_dir) / "pipe"
            os.mkfifo(str(fifo))
            result = run_tool(TOOLS / "oracle.py", "--root", FIXTURES,
                              FIXTURES / "finalization/good_release_order.py", "-o", fifo)
            self.assertEqual(result.returncode, 1)
            self.assertIn("refusing to replace", result.stderr)
            self.assertTrue(fifo.is_fifo())
            self.assertEqual(os.listdir(out_dir), ["pipe"])

    def test_written_files_get_the_umask_mode(self):
        with tempfile.TemporaryDirectory() as out_dir:
            for umask, mode in ((0o022, 0o644), (0o077, 0o600)):
                trace, directory = Path(out_dir) / f"one-{umask:o}.trace", Path(out_dir) / f"dir-{umask:o}"
                old = os.umask(umask)
                try:
                    one = run_tool(TOOLS / "oracle.py", "--root", FIXTURES,
                                   FIXTURES / "finalization/good_release_order.py", "-o", trace)
                    many = run_tool(TOOLS / "oracle.py", "--root", FIXTURES, "--out-dir", directory,
                                    FIXTURES / "finalization/good_release_order.py")
                finally:
                    os.umask(old)
                self.assertEqual((one.returncode, many.returncode), (0, 0), one.stderr + many.stderr)
                for path in (trace, directory / "finalization" / "good_release_order.trace"):
                    self.assertEqual(oct(path.stat().st_mode & 0o777), oct(mode), f"{path} under umask {umask:o}")

    def test_validator_counts_a_clean_directory(self):
        result = run_tool(TOOLS / "validate.py", "--root", FIXTURES, FIXTURES / "throw")
        self.assertEqual((result.returncode, result.stdout, result.stderr), (0, "1 scenario(s) inside the subset\n", ""))


def scenario_source(body, docstring=True, drive=None):
    """A scenario module around a snippet; DRIVE news the snippet's first generator function."""
    source = textwrap.dedent(body)
    if drive is None:
        tree = ast.parse(source)
        generators = [n for n in tree.body if isinstance(n, ast.FunctionDef)
                      and any(isinstance(x, (ast.Yield, ast.YieldFrom)) for x in ast.walk(n))]
        first = generators[0]
        drive = f'DRIVE = [("new", "g", "{first.name}"' + ", None" * len(first.args.args) + ")]\n"
    return ('"""Rule."""\n' if docstring else "") + source + "\n" + drive


class SubsetRules(unittest.TestCase):
    """Each rule of SUBSET.md, on a minimal scenario: (source, line of the error, words of the rule)."""

    REFUSED = [
        ("def f():\n    x = [1]\n    yield x\n", 3, "lists are not allowed"),
        ("def f():\n    a, b = (1, 2)\n    yield a\n", 3, "exactly one plain name as its target"),
        ("def f():\n    for a, b in ((1, 2),):\n        yield a\n", 3, "a for loop's target must be one plain name"),
        ("def f(t):\n    yield t[0:1]\n", 3, "slices are not allowed"),
        ("def f():\n    yield from range()\n", 3, "range() takes 1 to 3 positional arguments"),
        ("def f(t):\n    yield t.count\n", 3, "attribute '.count' is not allowed"),
        ("def f():\n    yield (*(1, 2),)\n", 3, "* unpacking are not allowed"),
        ("def f():\n    x = {}\n    yield x\n", 3, "dicts are not allowed"),
        ("def f():\n    yield f'x'\n", 3, "f-strings are not allowed"),
        ("def f():\n    yield (x for x in range(3))\n", 3, "generator expressions are not allowed"),
        ("def f():\n    global y\n    yield 1\n", 3, "global statements are not allowed"),
        ("def f():\n    def g():\n        yield 1\n    yield 1\n", 3, "nested functions (closures) are not allowed"),
        ("async def f():\n    yield 1\n", 2, "only import sys, exception classes, def, NAME = lambda and DRIVE are allowed at module level"),
        ("x = 1\ndef f():\n    yield x\n", 2, "only import sys, exception classes, def, NAME = lambda and DRIVE are allowed at module level"),
        ("import os\ndef f():\n    yield 1\n", 2, "the only import allowed is 'import sys'"),
        ("import sys\nimport sys\ndef f():\n    yield 1\n", 3, "sys is imported once"),
        ("def f():\n    yield sys.exception()\n", 3, "need 'import sys' at module level"),
        ("import sys\ndef f():\n    yield sys.exc_info()\n", 4, "sys.exc_info() is allowed only as sys.exc_info()[1]"),
        ("import sys\ndef f():\n    yield sys.exc_info()[2]\n", 4, "a trace cannot show"),
        ("import sys\ndef f():\n    yield sys.exc_info()[0]\n", 4, "sys.exc_info()[0].__name__"),
        ("import sys\ndef f():\n    yield sys.getrecursionlimit()\n", 4,
         "of the sys module only sys.exception() and sys.exc_info() are allowed"),
        ("import sys\ndef f(sys):\n    yield sys.exception()\n", 4, "a local of that name would hide it"),
        ("class C:\n    pass\ndef f():\n    yield 1\n", 2, "must be an exception class 'class Name(Base): pass' or an iterator class"),
        ("class C(Exception):\n    def m(self):\n        pass\ndef f():\n    yield 1\n", 2,
         "an exception class must be exactly 'class Name(Base): pass'"),
        ("class C:\n    x = 1\ndef f():\n    yield 1\n", 2, "iterator class holding only methods (found Assign)"),
        ("class C:\n    def __next__(self):\n        yield 1\ndef f():\n    yield 1\n", 3,
         "method C.__next__() contains yield: a method cannot be a generator"),
        ("class C:\n    def send(self):\n        return 1\ndef f():\n    yield 1\n", 3,
         "method C.send() must take self and 1 more parameter(s)"),
        ("class C:\n    def m(x):\n        return 1\ndef f():\n    yield 1\n", 3,
         "method C.m() must take self as its first parameter"),
        ("class C:\n    def __getattr__(self, name):\n        return 1\ndef f():\n    yield 1\n", 3,
         "method C.__getattr__() is not allowed"),
        ("class C:\n    def __init__(self):\n        self.value = 1\ndef f():\n    yield 1\n", 2,
         "attribute 'self.value' of class 'C' clashes with e.value, e.args, an exception's chain, a generator attribute or a method name"),
        ("class C:\n    def __init__(self):\n        self.gi_running = 1\ndef f():\n    yield 1\n", 2,
         "attribute 'self.gi_running' of class 'C' clashes with"),
        ("class C:\n    def m(self):\n        return 1\ndef f(e):\n    e.value = 1\n    yield e\n", 6,
         "'e.value = ...' is allowed only in a file without iterator classes"),
        ("class C:\n    def __init__(self, n):\n        self.n = n\ndef f():\n    yield C()\n", 6,
         "wrong arity: C() takes 1 argument(s), got 0"),
        ("class C:\n    def m(self):\n        return 1\ndef f(c):\n    c.n = 1\n    yield c\n", 6,
         "an attribute can be assigned only as self.NAME in a method"),
        ("class C:\n    def m(self):\n        return 1\ndef f():\n    yield C\n", 6,
         "class 'C' can only be called to make an instance"),
        ("class C:\n    def m(self):\n        return 1\ndef f(c):\n    yield c.m(1)\n", 6,
         "wrong arity: .m() takes 0 argument(s), got 1"),
        ("class C(Unknown): pass\ndef f():\n    yield 1\n", 2, "must derive from a builtin exception"),
        ("def f(a=1):\n    yield a\n", 2, "plain positional parameters only"),
        ("def f():\n    yield 1.5\n", 3, "float literals are not allowed"),
        ("def f():\n    yield 2 ** 70\n", 3, "operator Pow is not allowed"),
        ("def f():\n    yield 1" + "0" * 4300 + "\n", 3, "4300 digits"),
        ("def f():\n    yield " + " + ".join(["1"] * 500) + "\n", 3, "may nest at most 100 levels deep"),
        ("def f():\n" + "    yield 1\n" * 1001, 2, "f() has 1001 yields; at most 1000 are allowed"),
        ("def f(a):\n    yield 1 < a < 3\n", 3, "chained comparisons are not allowed"),
        ("f = lambda a=1: (yield a)\n", 2, "a function takes plain positional parameters only"),
        ("f = lambda: (yield 1); h = lambda: (yield 2)\n", 2, "one lambda per line"),
        ("def f():\n    h = lambda: 1\n    yield h\n", 3, "lambdas are not allowed"),
        ("def f(a):\n    yield a is 1\n", 3, "'is' and 'is not' compare against None, g.gi_code with f.__code__, or two"),
        ("def f(a):\n    yield a is (a,)\n", 3, "no literals or computed values"),
        ("def h():\n    return 1\ndef f(g):\n    yield g.gi_code is h.__code__\n", 5,
         "only a generator function of the file has a code object"),
        ("def f(g):\n    yield type(g)\n", 3, "type() is allowed only as type(x).__name__"),
        ("def f(g):\n    yield g.__code__\n", 3, "attribute '.__code__' is not allowed"),
        ("def f(e):\n    e.value += 1\n    yield e\n", 3, "an attribute can be assigned only as self.NAME in a method"),
        ("def f(g):\n    g.__doc__ = 'x'\n    yield g\n", 3, "an attribute can be assigned only as self.NAME in a method"),
        ("def f(a):\n    yield a in a\n", 3, "comparison In is not allowed"),
        ("def f():\n    x = y = 1\n    yield x\n", 3, "exactly one plain name as its target"),
        ("def f():\n    x = 1\n    x //= 2\n    yield x\n", 4, "augmented assignment must be NAME += / -= / *= expr"),
        ("def f():\n    while True:\n        yield 1\n    else:\n        pass\n", 3, "while ... else is not allowed"),
        ("def f():\n    try:\n        yield 1\n    except Nope:\n        pass\n", 5, "unknown exception class 'Nope'"),
        ("def f(e):\n    raise ValueError('a') from e.args\n    yield 1\n", 3, "raise ... from takes an exception class"),
        ("def f():\n    raise 5\n    yield 1\n", 3, "raise takes an exception class"),
        ("def f(e):\n    yield e.__context__.args\n", 3, "attribute '.args' is not allowed"),
        ("def f(e):\n    yield e.__suppress_context__ is 1\n", 3, "'is' and 'is not' compare against None"),
        ("def f():\n    x = [(yield)]\n", 3, "lists are not allowed"),
        ("def f(g):\n    yield g.gi_frame\n", 3, "g.gi_frame is allowed only as 'g.gi_frame is None'"),
        ("def f(g):\n    yield g.gi_code\n", 3, "g.gi_code is allowed only as 'g.gi_code is f.__code__'"),
        ("def f(g):\n    yield g.gi_yieldfrom.gi_running\n", 3, "attribute '.gi_running' is not allowed"),
        ("def f(g):\n    yield g.send(1, 2)\n", 3, "wrong arity: g.send() takes 1 argument(s), got 2"),
        ("def f(g):\n    yield g.throw(ValueError, 1, None, 2)\n", 3, "wrong arity: g.throw() takes 1 to 3 arguments, got 4"),
        ("def f(g, e):\n    yield g.throw(e, 1)\n", 3, "g.throw() takes an exception class"),
        ("def f(g, e):\n    yield g.throw(e.args)\n", 3, "g.throw() takes an exception class"),
        ("def f(g):\n    yield next(g, 1, 2)\n", 3, "wrong arity: next() takes 1 or 2 argument(s), got 3"),
        ("def h(a):\n    return a\ndef f():\n    yield h()\n", 5, "wrong arity: h() takes 1 argument(s), got 0"),
        ("def f():\n    yield h()\n", 3, "call of unknown function 'h'"),
        ("def f():\n    yield abs(1)\n", 3, "call of unknown function 'abs'"),
        ("def f():\n    yield len(1, 2)\n", 3, "wrong arity: len() takes 1 argument(s), got 2"),
        ("def f():\n    yield ValueError(1)\n", 3, "can only be created in raise or g.throw()"),
        ("def f():\n    yield f\n", 3, "function 'f' can only be called"),
        ("def f():\n    yield range(3)\n", 3, "range() is allowed only as the iterable of a for loop"),
        ("def f():\n    for i in range(1, 2, 3, 4):\n        yield i\n", 3, "range() takes 1 to 3 positional arguments"),
        ("def f():\n    yield x\n", 3, "unknown name 'x'"),
        ("def f():\n    emit = 1\n    yield emit\n", 2, "shadows a module-level or builtin name"),
        ("def f():\n    yield emit(x=1)\n", 3, "positional arguments only"),
        ("def f():\n    yield +1\n", 3, "the only unary operators are 'not' and '-'"),
        ("def f():\n    for i in range(3):\n        yield i\n    else:\n        pass\n", 3, "for ... else is not allowed"),
        ("def f():\n    break\n    yield 1\n", 3, "break outside a loop"),
        ("def f():\n    del x\n    yield 1\n", 3, "del statements are not allowed"),
        ("def f():\n    assert True\n    yield 1\n", 3, "assert statements are not allowed"),
        ("def emit():\n    yield 1\n", 2, "function 'emit' redefines a builtin name"),
        ("def f():\n    yield 1\ndef f():\n    yield 2\n", 4, "function 'f' is defined twice"),
    ]
    DRIVE_REFUSED = [
        ('DRIVE = [("next", "g")]', "unknown generator 'g'"),
        ('DRIVE = [("new", "g", "f"), ("next", "g", 1)]', "wrong arity: a 'next' step has 2 items, got 3"),
        ('DRIVE = [("new", "g", "f"), ("throw", "g")]', "wrong arity: a 'throw' step has 3 or 4 items, got 2"),
        ('DRIVE = [("new", "g", "f"), ("throw", "g", "Nope")]', "unknown exception class 'Nope'"),
        ('DRIVE = [("new", "g", "f"), ("throw_value", "g", "ValueError")]',
         "wrong arity: a 'throw_value' step has 4 or 5 items, got 3"),
        ('DRIVE = [("new", "g", "f"), ("throw_value", "g", "Nope", 1)]', "unknown exception class 'Nope' in a 'throw_value' step"),
        ('DRIVE = [("new", "g", "nope")]', "unknown function 'nope'"),
        ('DRIVE = [("new", "g", "f", 1)]', "wrong arity: f() takes 0 argument(s), the 'new' step gives 1"),
        ('DRIVE = [("new", "g", "f"), ("send", "g", "@h")]', "'@h' names an unknown generator"),
        ('DRIVE = [("new", "g", "f"), ("send", "g", 1.5)]', "only int, str, True/False and None literals"),
        ('DRIVE = [("new", "g f", "f")]', "names its generator second, as a plain name"),
        ('DRIVE = [["new", "g", "f"]]', "each DRIVE step must be a tuple"),
        ('DRIVE = []', "DRIVE must have at least one step"),
        ('DRIVE = [("jump", "g")]', "unknown DRIVE step 'jump'"),
    ]

    def errors_of(self, source, directory="misc"):
        with tempfile.TemporaryDirectory() as root:
            path = Path(root, directory, "case.py")
            path.parent.mkdir()
            path.write_text(source, encoding="utf-8")
            return [(e.line, e.rule) for e in validate_file(path, root)]

    def test_constructs_outside_the_subset_are_refused(self):
        for body, line, rule in self.REFUSED:
            with self.subTest(body=body):
                errors = self.errors_of(scenario_source(body, drive='DRIVE = [("state", "g")]\n'))
                self.assertTrue(any(l == line and rule in r for l, r in errors), errors)

    def test_bad_drive_steps_are_refused(self):
        functions = "def f():\n    yield 1\ndef helper():\n    return 1\n"
        for drive, rule in self.DRIVE_REFUSED:
            with self.subTest(drive=drive):
                errors = self.errors_of(scenario_source(functions, drive=drive + "\n"))
                self.assertTrue(any(rule in r for _, r in errors), errors)

    def test_every_error_of_a_file_is_reported(self):
        errors = self.errors_of(scenario_source("def f():\n    x = [1]\n    yield lambda: 1\n"))
        self.assertEqual([line for line, _ in errors], [3, 4])

    def test_missing_drive_and_docstring(self):
        self.assertIn((1, "the first statement must be a docstring stating the rule checked"),
                      self.errors_of("def f():\n    yield 1\nDRIVE = [(\"new\", \"g\", \"f\")]\n"))
        self.assertIn((2, "the scenario must end with DRIVE = [...]"),
                      self.errors_of('"""Rule."""\ndef f():\n    yield 1\n'))

    def test_a_lone_surrogate_is_refused_in_a_docstring_and_accepted_in_a_str_literal(self):
        rule = ("a docstring may not hold a lone surrogate (\\ud800-\\udfff): CPython 3.13 cannot compile it"
                " (a str literal elsewhere may)")
        body = 'def f():\n    yield "\\ud800"\n'
        self.assertEqual(self.errors_of(scenario_source(body)), [])
        in_module_docstring = scenario_source(body).replace('"""', '"""Lone \\udc00: ', 1)
        self.assertEqual(self.errors_of(in_module_docstring), [(1, rule)])
        in_function_docstring = scenario_source('def f():\n    """Yields \\udfff."""\n    yield 1\n')
        self.assertEqual(self.errors_of(in_function_docstring), [(3, rule)])

    def test_a_file_name_must_be_snake_case(self):
        with tempfile.TemporaryDirectory() as root:
            path = Path(root, "misc", "Bad-Name.py")
            path.parent.mkdir()
            path.write_text(scenario_source("def f():\n    yield 1\n"), encoding="utf-8")
            self.assertEqual([e.rule for e in validate_file(path, root)],
                             ["scenario file name 'Bad-Name.py' must be lower_snake_case"])

    def test_the_parsed_scenario(self):
        source = scenario_source(
            "class E(ValueError): pass\n"
            "def f(a, b):\n    x = yield a\n    return x\n"
            "def h():\n    return 1\n",
            drive='DRIVE = [\n    ("new", "g", "f", -1, "@g0"),\n    ("throw", "g", "E", "@g"),\n    ("send", "g", None),\n]\n')
        source = source.replace('DRIVE = [\n', 'DRIVE = [\n    ("new", "g0", "f", 1, 2),\n')
        with tempfile.TemporaryDirectory() as root:
            path = Path(root, "send", "parsed.py")
            path.parent.mkdir()
            path.write_text(source, encoding="utf-8")
            scenario = load_scenario(path, root)
        self.assertEqual((scenario.name, scenario.docstring), ("send/parsed", "Rule."))
        self.assertEqual([(c.name, c.base) for c in scenario.classes], [("E", "ValueError")])
        self.assertEqual([(f.name, f.params, f.is_generator) for f in scenario.functions],
                         [("f", ["a", "b"], True), ("h", [], False)])
        new0, new, throw, send = scenario.steps
        self.assertEqual((new.op, new.gen, new.func, new.args[0]), ("new", "g", "f", -1))
        self.assertEqual(new.args[1].name, "g0")
        self.assertEqual((throw.exc, throw.exc_has_arg, throw.args[0].name), ("E", True, "g"))
        self.assertEqual((send.op, send.args, send.line), ("send", [None], send.line))
        self.assertEqual(new0.line + 1, new.line)

    def test_a_bare_except_is_accepted_only_as_the_last_handler(self):
        last = "def f():\n    try:\n        yield 1\n    except ValueError:\n        pass\n    except:\n        pass\n"
        self.assertEqual(self.errors_of(scenario_source(last, drive='DRIVE = [("new", "g", "f")]\n')), [])
        first = "def f():\n    try:\n        yield 1\n    except:\n        pass\n    except ValueError:\n        pass\n"
        errors = self.errors_of(scenario_source(first, drive='DRIVE = [("new", "g", "f")]\n'))
        self.assertEqual(len(errors), 1, errors)
        self.assertIn("syntax error: default 'except:' must be last", errors[0][1])

    def test_ints_beyond_64_bits_are_accepted_in_a_body_as_in_drive(self):
        source = scenario_source("def f():\n    yield -9223372036854775809 + 18446744073709551616\n",
                                 drive='DRIVE = [("new", "g", "f"), ("send", "g", -9223372036854775809),'
                                       ' ("send", "g", 18446744073709551616)]\n')
        self.assertEqual(self.errors_of(source), [])

    def test_the_whole_subset_is_accepted(self):
        body = """
            class Base(Exception): pass
            class Derived(Base): pass
            def helper(a):
                if a is None or a is not None and not a:
                    raise Derived(a)
                return a % 3 - a // 2 * -1
            def sub():
                x = yield
                return x
            def gen(g):
                total = 0
                for i in range(1, 10, 2):
                    total += helper(i)
                for v in sub():
                    emit(v)
                while total > 0:
                    total -= 7
                    if total == 3:
                        continue
                    elif total <= 1:
                        break
                try:
                    r = yield from sub()
                    s = yield r
                    yield
                    yield from g
                except (Base, KeyError) as e:
                    emit(e.args[0])
                    raise
                except StopIteration as e:
                    emit(e.value)
                else:
                    emit(state(g) + "x" if s != 1 else "y")
                finally:
                    emit(next(g, None))
                    emit(g.send(1))
                    g.throw(ValueError)
                    g.throw(ValueError("v"))
                    g.throw(ValueError())
                    g.close()
                    pass
                return total * 2
            def introspect(g, e):
                e.value = g.__name__ + g.__qualname__ + type(g.gi_frame).__name__ + type(e).__name__
                g.gi_running = e.value
                yield g.gi_code is sub.__code__ or g.gi_code is not gen.__code__
                yield iter(g) is g and e is not g
        """
        drive = 'DRIVE = [("new", "s", "sub"), ("new", "g", "gen", "@s"), ("drain", "g"), ("close", "s")]\n'
        self.assertEqual(self.errors_of(scenario_source(body, drive=drive)), [])


class SubsetDocExamples(unittest.TestCase):
    def test_every_example_is_inside_the_subset(self):
        text = (REPO / "spec" / "SUBSET.md").read_text(encoding="utf-8")
        blocks = re.findall(r"```python\n(.*?)```", text, re.S)
        self.assertGreaterEqual(len(blocks), 15)
        for block in blocks:
            with self.subTest(block=block.splitlines()[0]):
                complete = block.lstrip().startswith('"""')
                source = block if complete else scenario_source(block, drive=None if "DRIVE" not in block else "")
                with tempfile.TemporaryDirectory() as root:
                    path = Path(root, "misc", "example.py")
                    path.parent.mkdir()
                    path.write_text(source, encoding="utf-8")
                    self.assertEqual([str(e) for e in validate_file(path, root)], [])


class Regen(unittest.TestCase):
    def setUp(self):
        self.minor = f"3.{sys.version_info[1]}"
        work = tempfile.TemporaryDirectory()
        self.addCleanup(work.cleanup)
        self.scenarios, self.traces = Path(work.name, "scenarios"), Path(work.name, "traces")
        self.cache, self.report = Path(work.name, "cache"), Path(work.name, "report.md")
        for fixture in (REPO / FIXTURES).glob("*/good_*.py"):
            copy = self.scenarios / fixture.parent.name / fixture.name
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(fixture.read_bytes())

    def regen(self, *args, report=False):
        result = run_tool(TOOLS / "regen.py", "--python", self.minor, *([] if report else ["--no-report"]),
                          "--scenarios", self.scenarios, "--traces", self.traces, "--cache", self.cache,
                          "--report", self.report, *args)
        if result.returncode == 77:
            self.skipTest(f"regen finds no CPython {self.minor} here: {result.stderr.strip()}")
        return result

    def test_check_names_every_different_missing_and_stale_trace(self):
        self.assertEqual(self.regen().returncode, 0)
        self.assertEqual(self.regen("--check").returncode, 0)
        version_dir = self.traces / f"cpython-{self.minor}"
        changed = version_dir / "misc" / "good_every_outcome.trace"
        changed.write_text(changed.read_text(encoding="utf-8").replace("yield -12", "yield 12"), encoding="utf-8")
        (version_dir / "throw" / "good_thrown_instance_released.trace").unlink()
        (version_dir / "misc" / "deleted_scenario.trace").write_text("yieldspec-trace 1\n", encoding="utf-8")

        result = self.regen("--check")
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"misc/good_every_outcome.trace: differs from a fresh CPython {self.minor} run of ", result.stdout)
        self.assertIn("-2 drain v -> yield 12\n+2 drain v -> yield -12\n", result.stdout)
        self.assertIn("throw/good_thrown_instance_released.trace: missing: no committed trace for ", result.stdout)
        self.assertIn("misc/deleted_scenario.trace: stale: ", result.stdout)
        self.assertIn("committed traces are out of date", result.stderr)

        self.assertEqual(self.regen().returncode, 0)
        self.assertEqual(self.regen("--check").returncode, 0)
        self.assertFalse((version_dir / "misc" / "deleted_scenario.trace").exists())
        self.assertEqual(changed.read_text(encoding="utf-8"),
                         (EXPECTED / "good_every_outcome.trace").read_text(encoding="utf-8"))

    def test_an_invalid_scenario_stops_regen_before_any_trace_is_written(self):
        bad = self.scenarios / "misc" / "bad_lambda.py"
        bad.write_bytes((REPO / FIXTURES / "misc" / "bad_lambda.py").read_bytes())
        result = self.regen()
        self.assertEqual(result.returncode, 1)
        self.assertIn("bad_lambda.py:5: lambdas are not allowed\n", result.stderr)
        self.assertIn("no trace was written", result.stderr)
        self.assertFalse(any(self.traces.rglob("*.trace")))

        skipping = self.regen("--skip-invalid")
        self.assertEqual(skipping.returncode, 1)
        self.assertIn("1 scenario(s) outside the subset were left out", skipping.stderr)
        written = sorted(p.name for p in self.traces.rglob("*.trace"))
        self.assertEqual(written, sorted(p.stem + ".trace" for p in self.scenarios.rglob("good_*.py")))

    def snapshot(self):
        """(inode, mtime) of every trace and of the report: what a rewrite changes even with equal bytes."""
        files = list(self.traces.rglob("*.trace")) + ([self.report] if self.report.exists() else [])
        return {path: (path.stat().st_ino, path.stat().st_mtime_ns) for path in files}

    def test_only_changed_scenarios_are_run_again_and_unchanged_files_are_not_rewritten(self):
        label, count = f"CPython {self.minor}", len(list(self.scenarios.rglob("good_*.py")))
        first = self.regen(report=True)
        self.assertEqual(first.returncode, 0, first.stderr)
        self.assertIn(f"{label}: oracle run on {count} of {count} scenarios (0 unchanged, from the cache)", first.stdout)
        self.assertIn("wrote ", first.stdout)
        before = self.snapshot()

        again = self.regen(report=True)
        self.assertEqual(again.returncode, 0, again.stderr)
        self.assertIn(f"{label}: oracle run on 0 of {count} scenarios ({count} unchanged, from the cache)", again.stdout)
        self.assertIn(f"{label}: 0 trace(s) written, 0 removed", again.stdout)
        self.assertIn("unchanged: ", again.stdout)
        self.assertEqual(self.snapshot(), before)

        # A comment changes the file, not the trace: run again, nothing rewritten.
        commented = self.scenarios / "finalization" / "good_release_order.py"
        commented.write_text(commented.read_text(encoding="utf-8") + "# a comment\n", encoding="utf-8")
        # A new literal changes the trace: run again, that trace alone rewritten.
        changed = self.scenarios / "misc" / "good_every_outcome.py"
        changed.write_text(changed.read_text(encoding="utf-8").replace("yield -12", "yield -13"), encoding="utf-8")
        third = self.regen(report=True)
        self.assertEqual(third.returncode, 0, third.stderr)
        self.assertIn(f"{label}: oracle run on 2 of {count} scenarios ({count - 2} unchanged, from the cache)", third.stdout)
        self.assertIn(f"{label}: 1 trace(s) written, 0 removed", third.stdout)
        after = self.snapshot()
        trace = self.traces / f"cpython-{self.minor}" / "misc" / "good_every_outcome.trace"
        self.assertNotEqual(after.pop(trace), before.pop(trace))
        self.assertIn("yield -13", trace.read_text(encoding="utf-8"))
        self.assertEqual(after, before)
        self.assertEqual(self.regen("--check").returncode, 0)

    def test_pypy_is_opt_in_and_its_report_section_is_kept_marked_stale_when_the_corpus_changed(self):
        pypy_section = ("## PyPy3 (3.9) against CPython 3.9\n\nPyPy 3.9.16 was run with the same oracle.\n\n"
                        "Corpus and oracle when PyPy was run: `{}` (SHA-256 prefix).\n\n0 of 4 scenarios diverge.\n")
        first = self.regen(report=True)
        self.assertEqual(first.returncode, 0, first.stderr)
        self.assertNotIn("PyPy", first.stdout + first.stderr)
        text = self.report.read_text(encoding="utf-8")
        self.assertTrue(text.endswith("## PyPy3\n\n" + versions_report.NOT_COMPARED), text[-300:])

        scenarios = sorted(self.scenarios.rglob("good_*.py"))
        current = regen.corpus_digest(self.scenarios, scenarios)
        head = text[:text.index("## PyPy3")]
        self.report.write_text(head + pypy_section.format(current[:16]), encoding="utf-8")
        kept = self.regen(report=True)
        self.assertIn("unchanged: ", kept.stdout)
        self.assertEqual(self.report.read_text(encoding="utf-8"), head + pypy_section.format(current[:16]))

        changed = self.scenarios / "misc" / "good_every_outcome.py"
        changed.write_text(changed.read_text(encoding="utf-8") + "# a comment\n", encoding="utf-8")
        stale = self.regen(report=True)
        self.assertIn("wrote ", stale.stdout)
        text = self.report.read_text(encoding="utf-8")
        self.assertIn("## PyPy3 (3.9) against CPython 3.9\n\n" + versions_report.STALE_NOTE + "\nPyPy 3.9.16 was run", text)

        changed.write_text(changed.read_text(encoding="utf-8").replace("# a comment\n", ""), encoding="utf-8")
        self.regen(report=True)
        self.assertEqual(self.report.read_text(encoding="utf-8"), head + pypy_section.format(current[:16]))

    def test_a_missing_interpreter_is_skipped_with_a_message(self):
        environment = dict(os.environ, PATH=tempfile.gettempdir())  # neither pyenv nor python3.X there
        result = run_tool(TOOLS / "regen.py", "--check", "--python", "3.8", env=environment)
        self.assertEqual(result.returncode, 77)
        self.assertIn("skipping CPython 3.8: not found\n", result.stderr)


NAME = r"[A-Za-z_][A-Za-z0-9_]*"
VALUE_TOKEN = re.compile(r'None|True|False|-?(?:0|[1-9][0-9]*)|"(?:[^"\\\x00-\x1f\x7f-\uffff]|\\["\\/bfnrt]|\\u[0-9a-f]{4})*"'
                         rf"|<generator (?:{NAME}|<lambda>)>|<{NAME} object>")
EXCEPTION_START = re.compile(rf"({NAME})\(")


def value_end(text, start):
    """Where the canonical value (spec/TRACE.md) starting at text[start] ends; ValueError if none does."""
    match = VALUE_TOKEN.match(text, start)
    if match:
        return match.end()
    match = EXCEPTION_START.match(text, start)
    if not match:
        if text.startswith("(", start):
            return tuple_end(text, start + 1)
        raise ValueError(f"no value at {text[start:]!r}")
    position = match.end()
    if text.startswith(")", position):
        return position + 1
    while True:
        position = value_end(text, position)
        if text.startswith(")", position):
            return position + 1
        if not text.startswith(", ", position):
            raise ValueError(f"bad exception arguments in {text!r}")
        position += 2


def tuple_end(text, position):
    """Where a tuple whose items start at text[position] ends: (), (1,), (1, 2)."""
    if text.startswith(")", position):
        return position + 1
    position = value_end(text, position)
    if text.startswith(",)", position):
        return position + 2
    if not text.startswith(", ", position):  # one item needs its comma: (1,)
        raise ValueError(f"bad tuple in {text!r}")
    while text.startswith(", ", position):
        position = value_end(text, position + 2)
    if not text.startswith(")", position):
        raise ValueError(f"bad tuple in {text!r}")
    return position + 1


def is_value(text, exception_only=False):
    try:
        if exception_only and not EXCEPTION_START.match(text):
            return False
        return value_end(text, 0) == len(text)
    except ValueError:
        return False


def arguments_ok(text):
    """The argument list of a new step: values or @names, joined by ", "."""
    position = 0
    while position < len(text):
        reference = re.compile(rf"@{NAME}").match(text, position)
        try:
            position = reference.end() if reference else value_end(text, position)
        except ValueError:
            return False
        if position < len(text):
            if not text.startswith(", ", position):
                return False
            position += 2
    return True


STEP = re.compile(rf"(?:(?P<plain>next|close|state|drain|del|release) (?P<gen>{NAME})"
                  rf"|send {NAME} (?P<sent>.+?)|throw {NAME} (?P<thrown>.+?)) -> (?P<outcome>.+)\Z")
NEW = re.compile(rf"new {NAME} = {NAME}\((?P<args>.*?)\)(?: -> (?:raise|return) (?P<outcome>.+))?\Z")
OUTCOMES = {"next": ("yield", "return", "raise"), "send": ("yield", "return", "raise"),
            "throw": ("yield", "return", "raise"), "drain": ("yield", "return", "raise"),
            "close": ("ok", "raise"), "state": ("state", "raise"), "del": ("ok",), "release": ("ok",)}


def step_line_ok(rest):
    new, match = NEW.match(rest), STEP.match(rest)
    if new:  # a factory function that raised has an outcome
        return arguments_ok(new.group("args")) and (new.group("outcome") is None or is_value(new.group("outcome")))
    if not match:
        return False
    kind = match.group("plain") or ("send" if match.group("sent") is not None else "throw")
    verb, _, value = match.group("outcome").partition(" ")
    if verb not in OUTCOMES[kind]:
        return False
    if verb == "state":
        ok = value in ("GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED")
    elif verb == "raise":
        ok = is_value(value, exception_only=True)
    elif verb == "ok" and kind != "close":
        ok = value == ""
    else:
        ok = is_value(value)
    sent, thrown = match.group("sent"), match.group("thrown")
    if sent is not None:
        ok = ok and (is_value(sent) or re.fullmatch(f"@{NAME}", sent) is not None)
    if thrown is not None:
        class_and_arguments = re.fullmatch(rf"{NAME}, (.+)", thrown)  # throw_value: E, value[, tb]
        ok = ok and (re.fullmatch(NAME, thrown) is not None
                     or is_value(re.sub(rf"@{NAME}", "None", thrown), exception_only=True)
                     or (class_and_arguments is not None and arguments_ok(class_and_arguments.group(1))))
    return ok


def numbering_errors(numbered):
    """Steps are numbered 1, 2, ... in order; a step's events come before its step line; only
    drain writes several step lines under one number; the trace ends with a step line."""
    errors, previous, previous_is_step = [], 0, True
    for number, is_step, rest in numbered:
        if number == previous + 1:
            if not previous_is_step:
                errors.append(f"events of step {previous} are not followed by its step line")
        elif number != previous:
            errors.append(f"step {number} follows step {previous}")
        elif previous_is_step and is_step and not rest.startswith("drain "):
            errors.append(f"step {number} has two step lines but is not a drain")
        previous, previous_is_step = number, is_step
    if not previous_is_step:
        errors.append("the trace ends with an event, not a step line")
    return errors


def grammar_errors(text, scenario_name):
    """How a trace breaks spec/TRACE.md: header, numbering, and the form of every line."""
    lines = text.split("\n")
    if lines[-1] != "" or "" in lines[:-1]:
        return ["the trace must end with one newline and have no empty line"]
    lines = lines[:-1]
    errors = []
    if lines[:2] != ["yieldspec-trace 1", f"scenario {scenario_name}"]:
        errors.append(f"bad header {lines[:2]}")
    numbered = []
    for line in lines[2:]:
        number, _, rest = line.partition(" ")
        if not number.isdigit():
            errors.append(f"no step number: {line!r}")
            continue
        event = re.match(r"(emit|unraisable|warning) (.*)\Z", rest)
        numbered.append((int(number), not event, rest))
        if event:
            if not is_value(event.group(2), exception_only=event.group(1) != "emit"):
                errors.append(f"bad event value: {line!r}")
        elif not step_line_ok(rest):
            errors.append(f"bad step line: {line!r}")
    errors.extend(numbering_errors(numbered))
    return errors


class TraceGrammar(unittest.TestCase):
    def test_every_committed_trace_follows_trace_md(self):
        traces = sorted((REPO / "spec" / "traces").glob("cpython-3.*/*/*.trace")) + sorted(EXPECTED.glob("*.trace"))
        self.assertTrue(traces)
        for path in traces:
            text = path.read_text(encoding="utf-8")
            name = text.split("\n")[1][len("scenario "):] if path.parent == EXPECTED \
                else path.relative_to(path.parent.parent).as_posix()[:-len(".trace")]
            with self.subTest(trace=str(path.relative_to(REPO))):
                self.assertEqual(grammar_errors(text, name), [])

    def test_the_grammar_rejects_malformed_lines(self):
        head = "yieldspec-trace 1\nscenario misc/x\n1 new g = f()\n"
        for bad in ["2 next g -> yield [1]\n", "2 next g -> yield (1)\n", "2 next g -> yield (1,2)\n", "2 next g -> ok None\n", "3 next g -> yield 1\n",
                    '2 emit "\u00e9"\n', "2 close g -> state GEN_CLOSED\n", "2 emit 1\n",
                    "2 unraisable 5\n2 del g -> ok\n", "2 del g -> ok None\n"]:
            with self.subTest(line=bad):
                self.assertNotEqual(grammar_errors(head + bad, "misc/x"), [])


class VersionsReport(unittest.TestCase):
    HEAD = "yieldspec-trace 1\nscenario close/x\n1 new g = f()\n2 next g -> yield 1\n"

    def causes(self, old_tail, new_tail):
        return versions_report.causes_of(self.HEAD + old_tail, self.HEAD + new_tail)

    def test_close_returning_the_return_value(self):
        causes = self.causes("3 close g -> ok None\n", "3 close g -> ok 9\n")
        self.assertEqual(len(causes), 1)
        self.assertIn("python/cpython#104770", causes[0])

    def test_stopiteration_thrown_into_a_just_started_generator(self):
        causes = self.causes('3 throw g StopIteration -> raise RuntimeError("generator raised StopIteration")\n',
                             "3 throw g StopIteration -> return None\n")
        self.assertIn("python/cpython#152685", causes[0])

    def test_stopiteration_thrown_at_a_yield_from_ends_the_delegator_with_its_own_return(self):
        pep479 = 'raise RuntimeError("generator raised StopIteration")'
        causes = self.causes(f"3 throw g StopIteration(8) -> {pep479}\n", "3 throw g StopIteration(8) -> return None\n")
        self.assertIn("CLEANUP_THROW", causes[0])
        causes = self.causes(f"3 throw g StopIteration(8) -> {pep479}\n", "3 throw g StopIteration(8) -> return 8\n")
        self.assertIn("python/cpython#152685", causes[0])

    def test_stopiteration_thrown_at_a_yield_from_lets_the_delegator_raise_its_own_error(self):
        pep479 = 'raise RuntimeError("generator raised StopIteration")'
        causes = self.causes(f"3 throw g StopIteration -> {pep479}\n",
                             '3 throw g StopIteration -> raise RuntimeError("No active exception to reraise")\n')
        self.assertEqual(len(causes), 1)
        self.assertIn("CLEANUP_THROW", causes[0])
        escaped = self.causes(f"3 throw g StopIteration(2) -> {pep479}\n", "3 throw g StopIteration(2) -> raise StopIteration(2)\n")
        self.assertNotIn("CLEANUP_THROW", escaped[0])

    def test_stopiteration_thrown_in_a_body_into_a_just_started_generator(self):
        causes = self.causes('3 next g -> yield RuntimeError("generator raised StopIteration")\n',
                             "3 next g -> yield StopIteration()\n")
        self.assertIn("python/cpython#152685", causes[0])
        self.assertEqual(self.causes('3 next g -> yield RuntimeError("generator raised StopIteration")\n',
                                     "3 next g -> yield KeyError()\n"), [versions_report.UNEXPLAINED])

    def test_the_ascii_str_iterator_type_of_3_11(self):
        causes = self.causes('''3 emit "'str_iterator' object has no attribute 'send'"\n''',
                             '''3 emit "'str_ascii_iterator' object has no attribute 'send'"\n''')
        self.assertEqual(len(causes), 1)
        self.assertIn("str_ascii_iterator", causes[0])

    def test_message_wording(self):
        self.assertEqual(self.causes('3 next g -> raise TypeError("old words")\n',
                                     '3 next g -> raise TypeError("new words")\n'),
                         ['exception message wording: "old words" became "new words".'])

    def test_moved_finalizer_event(self):
        causes = self.causes('3 emit "a"\n3 emit "b"\n3 del g -> ok\n', '3 emit "b"\n3 emit "a"\n3 del g -> ok\n')
        self.assertEqual(len(causes), 1)
        self.assertIn("finalizer ran at a different moment", causes[0])

    def test_an_emitted_context_that_changed_is_the_3_9_chaining(self):
        for old, new in [('3 emit None\n', '3 emit KeyError("a")\n'),
                         ('3 emit (KeyError("x"), IndexError("y"))\n', '3 emit (KeyError("x"), LookupError("z"))\n')]:
            with self.subTest(old=old):
                causes = self.causes(old, new)
                self.assertEqual(len(causes), 1)
                self.assertIn("bpo-29587", causes[0])
        self.assertNotIn("bpo-29587", self.causes('3 emit None\n', '3 emit 1\n')[0])

    def test_a_later_outcome_follows_from_an_explained_difference(self):
        causes = self.causes("3 state g -> state GEN_CLOSED\n4 next g -> return None\n",
                             "3 state g -> state GEN_SUSPENDED\n4 next g -> yield 2\n")
        self.assertEqual(causes[1], versions_report.CONSEQUENCE)

    def test_a_state_after_an_explained_difference_is_its_consequence(self):
        pep479 = 'raise RuntimeError("generator raised StopIteration")'
        causes = self.causes(f"3 throw g StopIteration(1) -> {pep479}\n4 state g -> state GEN_CLOSED\n",
                             "3 throw g StopIteration(1) -> yield 2\n4 state g -> state GEN_SUSPENDED\n")
        self.assertIn("CLEANUP_THROW", causes[0])
        self.assertEqual(causes[1:], [versions_report.CONSEQUENCE])
        alone = self.causes("3 state g -> state GEN_CLOSED\n", "3 state g -> state GEN_SUSPENDED\n")
        self.assertIn("different state", alone[0])

    def test_the_deprecation_warning_of_throw_given_more_than_one_argument(self):
        warning = ('3 warning DeprecationWarning("the (type, exc, tb) signature of throw() is deprecated, '
                   'use the single-arg signature instead.")\n')
        causes = self.causes("3 throw g ValueError, 7 -> yield 2\n", warning + "3 throw g ValueError, 7 -> yield 2\n")
        self.assertEqual(len(causes), 1)
        self.assertIn("python/cpython#96348", causes[0])

    def test_a_step_line_is_compared_with_the_same_step_across_a_warning_only_one_side_has(self):
        # Found by the fuzzer (seed 83): throw(StopIteration, None) into a just-started generator.
        warning = ('3 warning DeprecationWarning("the (type, exc, tb) signature of throw() is deprecated, '
                   'use the single-arg signature instead.")\n')
        causes = self.causes('3 throw h StopIteration, None -> raise RuntimeError("generator raised StopIteration")\n',
                             warning + "3 throw h StopIteration, None -> return None\n")
        self.assertEqual(len(causes), 2, causes)
        self.assertIn("python/cpython#152685", causes[0])
        self.assertIn("python/cpython#96348", causes[1])

    def test_an_attribute_new_in_a_version_and_the_outcomes_that_follow(self):
        causes = self.causes("3 drain r -> raise AttributeError(\"module 'sys' has no attribute 'exception'\")\n"
                             "4 drain g -> return None\n",
                             "3 drain r -> yield None\n3 drain r -> return None\n"
                             "4 drain g -> yield True\n4 drain g -> return None\n")
        self.assertIn("sys.exception()", causes[0])
        self.assertEqual(causes[1:], [versions_report.CONSEQUENCE])
        self.assertEqual(self.causes("3 next g -> raise AttributeError(\"'int' object has no attribute 'x'\")\n",
                                     "3 next g -> raise AttributeError(\"'int' object has no attribute 'y'\")\n"),
                         ["exception message wording: \"'int' object has no attribute 'x'\" became "
                          "\"'int' object has no attribute 'y'\"."])

    def test_pypy_hands_an_iterator_objects_throw_three_arguments_and_later_steps_follow(self):
        refused = 'raise TypeError("throw() takes 2 positional arguments but 4 were given")'
        causes = self.causes('3 emit 1\n3 throw g ValueError("a") -> yield "absorbed"\n4 emit 2\n'
                             '4 throw g KeyError -> yield "item"\n',
                             f'3 throw g ValueError("a") -> {refused}\n4 throw g KeyError -> raise KeyError()\n')
        self.assertIn("three arguments (type, value, traceback)", causes[0])
        self.assertNotIn(versions_report.UNEXPLAINED, causes)
        self.assertIn(versions_report.CONSEQUENCE, causes)

    def test_pypy_checks_the_traceback_argument_before_delegating(self):
        refused = 'raise TypeError("throw() third argument must be a traceback object")'
        causes = self.causes('3 emit "sub finally"\n3 throw g ValueError, "v", 1 -> yield "sub"\n',
                             f'3 throw g ValueError, "v", 1 -> {refused}\n')
        self.assertIn("innermost generator", causes[0])
        self.assertNotIn(versions_report.UNEXPLAINED, causes)

    def test_pypy_memory_error_sequenceiterator_and_recursion_headroom(self):
        memory = self.causes('3 emit OverflowError("repeated string is too long")\n3 drain g -> yield "ab"\n',
                             "3 drain g -> raise MemoryError()\n")
        self.assertIn("runs out of memory", memory[0])
        self.assertNotIn(versions_report.UNEXPLAINED, memory)
        named = self.causes('3 drain t -> yield "tuple_iterator"\n', '3 drain t -> yield "sequenceiterator"\n')
        self.assertEqual(len(named), 1)
        self.assertIn("sequenceiterator", named[0])
        headroom = self.causes('3 next g -> yield ("leaf done", 0)\n', '3 next g -> yield ("leaf done", 7)\n')
        self.assertEqual(len(headroom), 1)
        self.assertIn("recursion headroom", headroom[0])
        self.assertEqual(self.causes("3 next g -> yield 1\n", "3 next g -> yield 7\n"), [versions_report.UNEXPLAINED])

    def test_anything_else_is_unexplained(self):
        self.assertEqual(self.causes("3 next g -> yield 2\n", "3 next g -> raise KeyError()\n"),
                         [versions_report.UNEXPLAINED])


class CpythonTestsTable(unittest.TestCase):
    """spec/CPYTHON_TESTS.md stays true to the corpus: its scenarios exist, its totals add up, and
    every scenario citing a CPython test is listed beside a test case."""

    def setUp(self):
        self.text = (REPO / "spec" / "CPYTHON_TESTS.md").read_text(encoding="utf-8")
        table = self.text.split("## The table", 1)[1].split("## Out of scope", 1)[0]
        self.rows = [[cell.strip() for cell in line.strip("|").split("|")]
                     for line in table.splitlines()
                     if line.startswith("| ") and not line.startswith("| test case |")]

    def test_every_named_scenario_exists(self):
        self.assertGreater(len(self.rows), 100)
        for case, _, scenarios, _ in self.rows:
            for name in re.findall(r"`([a-z_0-9]+/[a-z_0-9]+)`", scenarios):
                with self.subTest(case=case, scenario=name):
                    self.assertTrue((REPO / "spec" / "scenarios" / f"{name}.py").is_file())

    def test_totals_line_counts_the_rows(self):
        counts = {kind: sum(row[1] == kind for row in self.rows)
                  for kind in ("fully", "partially", "not covered")}
        self.assertEqual(sum(counts.values()), len(self.rows), "a coverage cell is not one of the three kinds")
        expected = (f"({len(self.rows)} protocol test cases): **{counts['fully']} fully covered** "
                    f"({100 * counts['fully'] // len(self.rows)}%), **{counts['partially']} partially**, "
                    f"**{counts['not covered']} not covered**")
        self.assertIn(expected, self.text)

    def test_every_scenario_citing_cpython_is_in_the_table(self):
        listed = set(re.findall(r"`([a-z_0-9]+/[a-z_0-9]+)`", " ".join(row[2] for row in self.rows)))
        for path in sorted((REPO / "spec" / "scenarios").glob("*/*.py")):
            if "(CPython: " in ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))):
                with self.subTest(scenario=path.name):
                    self.assertIn(f"{path.parent.name}/{path.stem}", listed)


class OracleTracebacks(unittest.TestCase):
    """What the oracle releases of a step's exception: its own traceback and those of the
    exceptions chained to it that die with it, not those of one the scenario still holds."""

    @staticmethod
    def chain(kept):
        try:
            try:
                raise ValueError("first")
            except ValueError as first:
                kept.append(first)
                raise KeyError("second") from first
        except KeyError:
            try:
                raise TypeError("third")
            except TypeError as third:
                return third

    def test_a_chain_nothing_else_holds_loses_every_traceback(self):
        import oracle
        kept = []
        third = self.chain(kept)
        kept.clear()
        oracle.drop_tracebacks(third)
        self.assertEqual([e.__traceback__ for e in (third, third.__context__, third.__context__.__cause__)],
                         [None, None, None])

    def test_a_chained_exception_held_elsewhere_keeps_its_traceback(self):
        import oracle
        kept = []
        third = self.chain(kept)
        oracle.drop_tracebacks(third)
        self.assertIsNone(third.__traceback__)
        self.assertIsNone(third.__context__.__traceback__)
        self.assertIsNotNone(kept[0].__traceback__)


if __name__ == "__main__":
    unittest.main()
