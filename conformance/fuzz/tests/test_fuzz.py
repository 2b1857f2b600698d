"""Tests of the fuzzer (ctest -L fuzz): the generator, the classification, the shrinker, the CLI.

Tests that run programs need a build: YIELDSPEC_BUILD_DIR names it (ctest sets it)."""
import ast
import hashlib
import os
import re
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
FUZZ = HERE.parent
REPO = FUZZ.parent.parent
sys.path.insert(0, str(FUZZ))

import differential  # noqa: E402
import generate  # noqa: E402
import shrink  # noqa: E402

BUILD = Path(os.environ.get("YIELDSPEC_BUILD_DIR", REPO / "build" / "default"))
SEEDS_CHECKED = 10_000
SEEDS_COUNTED = 2_000

# Each construct of spec/SUBSET.md the generator writes, as it reads in a program's text.
SUBSET_FEATURES = {
    "bare except": r"\n\s*except:\n",
    "throw(T, value)": r"\.throw\(\w+(\(\))?, [^,()]+(\([^()]*\))?\)",
    "throw(T, value, tb)": r"\.throw\(\w+(\(\))?, .+, (None|[^)]+)\)",
    "DRIVE throw_value, two arguments": r'\("throw_value", "\w+", "\w+", [^,]+\),',
    "DRIVE throw_value, three arguments": r'\("throw_value", "\w+", "\w+", [^,]+, [^,]+\),',
    "gi_running": r"\.gi_running\b(?! =)",
    "gi_suspended": r"\.gi_suspended\b(?! =)",
    "gi_yieldfrom": r"\.gi_yieldfrom\b(?! =)",
    "gi_frame is None": r"\.gi_frame is (not )?None",
    "type(g.gi_frame).__name__": r"type\(\w+\.gi_frame\)\.__name__",
    "gi_code is f.__code__": r"\.gi_code is (not )?\w+\.__code__",
    "g.__name__ read": r"\w+\d\.__name__\b(?! =)",
    "g.__qualname__ read": r"\.__qualname__\b(?! =)",
    "g.__name__ assigned": r"\.__name__ = ",
    "g.__qualname__ assigned": r"\.__qualname__ = ",
    "read-only generator attribute assigned": r"\.gi_(running|suspended|yieldfrom|frame|code) = ",
    "e.value assigned": r"\be\d+\.value = ",
    "tuple literal": r"(?<![\w)])\((\)|[^()]+,\))",
    "tuple index": r"(t\d+|\.args)\[-?\d\]",
    "len()": r"\blen\(",
    "for over a tuple": r"for v\d+ in (\(|t\d+:|e\d+\.args:)",
    "e.args whole": r"\.args\b(?!\[)",
    "iterator class": r"\nclass Ticker\d:\n",
    "iterator class send method": r"def send\(self, value\):",
    "iterator class throw method": r"def throw\(self, exc\):",
    "iterator class close method": r"def close\(self\):",
    "yield from an iterator object": r"yield from (Ticker\d\(|it\d+\n)",
    "for over an iterator object": r"for v\d+ in (Ticker\d\(|it\d+:)",
    "iterator object driven": r"(next\(it\d+|it\d+\.(send|throw|close)\(|it\d+\.n\b)",
    "yield from range()": r"yield from range\(",
    "yield from a tuple": r"yield from (\(|t\d+\n|e\d+\.args\n)",
    "raise X from None": r"raise .+ from None\n",
    "raise X from T": r"raise .+ from (?!None\n)[A-Z]\w+\n",
    "raise X from T(arg)": r"raise .+ from [A-Z]\w+\(.*\)\n",
    "raise X from a local": r"raise .+ from [a-z]+\d+\n",
    "e.__context__": r"\.__context__",
    "e.__cause__": r"\.__cause__",
    "e.__suppress_context__": r"\.__suppress_context__",
    "a is b": r" is (not )?(?!None\b)[a-z]\w*\d",
    "type(x).__name__": r"\btype\(.+\)\.__name__",
    "iter(x)": r"\biter\(",
    "lambda function": r"\n\w+ = lambda\b",
    "generator lambda": r"\n\w+ = lambda[^:]*: .*\(yield",
    "plain factory function in a new step": r'\("new", "\w+", "helper_\w"',
    "yield inside an expression": r"(\((yield|yield from)\b|\+= yield\b)",
    "throw(e) of a caught exception": r"\.throw\(e\d+\)",
    "throw() of a value that is no exception": r'\.throw\(("not an exception"|\d)\)',
    "plain method of an iterator class": r"it\d+\.skip\(",
}


def raises_in_functions(text):
    """How many `raise X` statements the module-level functions hold (methods of classes not counted)."""
    functions = [node for node in ast.parse(text).body if isinstance(node, ast.FunctionDef)]
    return sum(isinstance(node, ast.Raise) and node.exc is not None for f in functions for node in ast.walk(f))


def bare_raises_outside_handlers(text):
    """How many bare `raise` statements stand outside every except clause of their function."""
    count = 0

    def visit(node, in_handler):
        nonlocal count
        if isinstance(node, ast.Raise) and node.exc is None and not in_handler:
            count += 1
        for child in ast.iter_child_nodes(node):
            visit(child, in_handler or isinstance(node, ast.ExceptHandler))
    visit(ast.parse(text), False)
    return count


def validate(text, work, name="misc/program"):
    path = differential.scenario_path(work, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return differential.subset.validate_file(path, Path(work) / "spec" / "scenarios")


def toolchain(minors=(11,)):
    return differential.Toolchain(BUILD, list(minors))


class Generator(unittest.TestCase):
    def test_every_program_of_10000_seeds_is_inside_the_subset(self):
        with tempfile.TemporaryDirectory() as work:
            for seed in range(SEEDS_CHECKED):
                errors = validate(generate.program_text(seed), Path(work))
                self.assertEqual(errors, [], f"seed {seed}")

    def test_the_same_seed_gives_the_same_bytes_under_every_cpython_found(self):
        probe = ("import hashlib, sys; sys.path.insert(0, sys.argv[1]); import generate; "
                 "print(hashlib.sha256(''.join(generate.program_text(s) for s in range(300)).encode()).hexdigest())")
        here = hashlib.sha256("".join(generate.program_text(s) for s in range(300)).encode()).hexdigest()
        self.assertEqual(here, hashlib.sha256("".join(generate.program_text(s) for s in range(300)).encode()).hexdigest())
        interpreters = differential.regen.find_cpythons(range(8, 14))
        self.assertTrue(interpreters, "no CPython 3.8-3.13 found")
        for interpreter in interpreters:
            out = subprocess.run([interpreter.executable, "-I", "-c", probe, str(FUZZ)], capture_output=True,
                                 text=True, check=True).stdout.strip()
            self.assertEqual(out, here, interpreter.label)

    def test_every_weights_entry_is_chosen_in_the_programs_of_2000_seeds(self):
        chosen = generate.choices_made(range(SEEDS_COUNTED))
        rare = {f"{table}.{entry}": chosen[(table, entry)] for table, entries in generate.WEIGHTS.items()
                for entry in entries if chosen[(table, entry)] < 10}
        self.assertEqual(rare, {}, "WEIGHTS entries chosen fewer than 10 times")

    def test_every_subset_feature_appears_in_the_programs_of_2000_seeds(self):
        texts = [generate.program_text(seed) for seed in range(SEEDS_COUNTED)]
        counts = {feature: sum(bool(re.search(pattern, text)) for text in texts)
                  for feature, pattern in SUBSET_FEATURES.items()}
        self.assertEqual({feature: n for feature, n in counts.items() if n < 5}, {},
                         "features in fewer than 5 programs")
        outside = sum(bare_raises_outside_handlers(text) > 0 for text in texts)
        self.assertGreater(outside, 50, "programs with a bare raise outside an except clause")

    def test_different_seeds_give_different_programs(self):
        self.assertEqual(len({generate.program_text(seed) for seed in range(200)}), 200)

    def test_the_programs_reach_the_protocols_edges(self):
        text = "".join(generate.program_text(seed) for seed in range(300))
        for construct in ("except GeneratorExit", "yield from", "finally:", ".throw(", ".close()", "break",
                          "continue", '("del",', '("drain",', '("throw",', '("close",', '"@', "raise\n",
                          "return "):
            self.assertIn(construct, text)


class Classification(unittest.TestCase):
    """classify() on hand-made results: which class each kind of divergence gets."""

    class FakeToolchain:
        minors = [11]
        backends = ["stackless", "asm"]

    def classify(self, golden, runs):
        return [f.signature for f in differential.classify(self.FakeToolchain, "misc/p", {("misc/p", 11): golden},
                                                           {("misc/p", b, 11): r for b, r in runs.items()})]

    def test_a_trace_every_backend_shares_but_cpython_does_not_is_backend_vs_cpython(self):
        runs = {"stackless": ("finished", "B\n", ""), "asm": ("finished", "B\n", "")}
        self.assertEqual(self.classify("A\n", runs), ["backend-vs-cpython all@3.11"])

    def test_backends_disagreeing_is_backend_vs_backend_naming_the_wrong_ones(self):
        runs = {"stackless": ("finished", "A\n", ""), "asm": ("finished", "B\n", "")}
        self.assertEqual(self.classify("A\n", runs), ["backend-vs-backend asm@3.11"])

    def test_a_crash_and_a_hang_are_their_own_classes(self):
        runs = {"stackless": ("crashed:11", "A\n", ""), "asm": ("timeout", "", "")}
        self.assertEqual(self.classify("A\n", runs), ["crash stackless@3.11", "hang asm@3.11"])

    def test_matching_traces_are_no_finding(self):
        runs = {"stackless": ("finished", "A\n", ""), "asm": ("finished", "A\n", "")}
        self.assertEqual(self.classify("A\n", runs), [])

    def test_a_version_difference_listed_in_spec_versions_is_no_finding(self):
        class Versions:
            minors = [12, 13]
            expected_causes = differential.expected_version_causes()
        old = "1 new g = f()\n2 close g -> ok None\n"
        new = "1 new g = f()\n2 close g -> ok 5\n"
        golden = {("misc/p", 12): old, ("misc/p", 13): new}
        self.assertEqual(differential.version_findings(Versions, "misc/p", golden), [])
        golden[("misc/p", 13)] = "1 new g = f()\n2 close g -> raise ValueError()\n"
        self.assertEqual([f.signature for f in differential.version_findings(Versions, "misc/p", golden)],
                         ["cpython-version 3.12->3.13"])


class KnownDivergences(unittest.TestCase):
    def test_a_known_divergence_is_counted_apart_from_an_unknown_one_of_the_same_class_and_targets(self):
        import fuzz
        with tempfile.TemporaryDirectory() as directory:
            path = Path(directory) / "known.txt"
            path.write_text("# comment\n\nbackend-vs-cpython\t.*@3\\.13\tRuntimeError\t= lambda\tlambdas differ\n")
            known = fuzz.load_known(path)
        finding = differential.Finding("backend-vs-cpython", "all@3.13", "C `1 next g -> raise RuntimeError()`")
        with_lambda, without = "f = lambda: (yield)\n", "def f():\n    yield\n"
        self.assertEqual(fuzz.finding_key(finding, with_lambda, known), "backend-vs-cpython all@3.13 known-3")
        self.assertEqual(fuzz.finding_key(finding, without, known), "backend-vs-cpython all@3.13")
        self.assertEqual(fuzz.explanation(finding, with_lambda, known), "lambdas differ")
        self.assertIsNone(fuzz.explanation(finding, without, known))


def without_string_emits(trace):
    """A deliberately broken comparison: CPython's trace loses every emit of a str."""
    return "".join(line for line in trace.splitlines(keepends=True) if ' emit "' not in line)


class Shrinker(unittest.TestCase):
    def test_the_minimal_program_still_shows_the_divergence_and_is_a_valid_scenario(self):
        chain = toolchain()
        chain.golden_filter = without_string_emits
        signature = "backend-vs-cpython all@3.11"
        with tempfile.TemporaryDirectory() as scratch:
            work = Path(scratch)
            programs = {f"misc/seed_{seed}": generate.program_text(seed) for seed in range(1, 41)}
            results = differential.run_batch(chain, programs, work / "batch")
            diverging = sorted((len(programs[n]), n) for n, r in results.items()
                               if signature in differential.signatures(r))
            self.assertTrue(diverging, "no program of seeds 1-40 emits a str: choose other seeds")
            _, name = diverging[-1]  # the biggest: the most to cut
            original = programs[name]
            minimal, rounds, findings = shrink.shrink(chain, original, signature, work / "shrink", seconds=1200)
            self.assertGreater(rounds, 0)
            self.assertLess(len(minimal.splitlines()), len(original.splitlines()) / 2, minimal)
            again = differential.run_batch(chain, {"misc/minimal": minimal}, work / "again")["misc/minimal"]
            self.assertIn(signature, differential.signatures(again), minimal)
            finding = next(f for f in findings if f.signature == signature)
            category = shrink.guess_category(finding, minimal)
            scenario = shrink.scenario_text(minimal, finding, "a test")
            self.assertEqual(validate(scenario, work / "scenario", f"{category}/fuzz_finding"), [], scenario)
            self.assertIn("backend-vs-cpython", scenario.splitlines()[0])


class ShrinkerCuts(unittest.TestCase):
    """The shrinker's cuts on the newer constructs, with a stand-in for running the programs: a
    predicate on the text decides what still "diverges"."""

    def program_with_a_class_a_tuple_and_a_chained_raise(self):
        for seed in range(SEEDS_COUNTED):
            text = generate.program_text(seed)
            if all(re.search(p, text) for p in (r"def (send|throw|close)\(self", r"raise .+ from .+\n",
                                                r"t\d+ = \(", r"\nclass Ticker\d:\n")):
                return text
        self.fail("no program of the first seeds has a class, a tuple and a chained raise")

    def reduce(self, text, keep):
        with tempfile.TemporaryDirectory() as scratch:
            work = Path(scratch)
            minimal, rounds, _ = shrink.reduce(
                text, lambda programs: {n: [] for n, t in programs.items() if keep(t)}, work, seconds=300)
            self.assertGreater(rounds, 0)
            self.assertEqual(validate(minimal, work / "final"), [], minimal)
        return minimal

    def test_a_class_and_its_methods_are_cut_down_to_the_one_method_still_needed(self):
        original = self.program_with_a_class_a_tuple_and_a_chained_raise()
        minimal = self.reduce(original, lambda t: "def __next__" in t)
        self.assertIn("class Ticker", minimal)
        for method in ("def send", "def throw", "def close", "def __iter__"):
            self.assertNotIn(method, minimal)
        self.assertLess(len(minimal.splitlines()), len(original.splitlines()) / 2, minimal)

    def test_classes_tuples_and_causes_go_when_only_a_raise_is_needed(self):
        original = self.program_with_a_class_a_tuple_and_a_chained_raise()
        minimal = self.reduce(original, lambda t: raises_in_functions(t) > 0)
        self.assertNotIn("class Ticker", minimal)
        self.assertNotIn(" from ", minimal)
        self.assertIsNone(re.search(r"t\d+ = \(", minimal), minimal)

    def test_a_chained_raise_loses_its_cause_when_only_the_raise_is_needed(self):
        original = self.program_with_a_class_a_tuple_and_a_chained_raise()
        raised, cause = re.search(r"raise (.+) from (.+)\n", original).groups()
        minimal = self.reduce(original, lambda t: f"raise {raised} from {cause}\n" in t or f"raise {raised}\n" in t)
        self.assertIn(f"raise {raised}\n", minimal)
        self.assertNotIn(" from ", minimal)


class CommandLine(unittest.TestCase):
    def fuzz(self, *args):
        return subprocess.run([sys.executable, str(FUZZ / "fuzz.py"), "--build", str(BUILD)] + list(args),
                              capture_output=True, text=True)

    def test_findings_are_never_written_into_spec(self):
        result = self.fuzz("--out", str(REPO / "spec" / "fuzz"), "--programs", "1")
        self.assertEqual(result.returncode, 2)
        self.assertIn("findings never go into spec/", result.stderr)

    def test_an_unknown_backend_is_refused_with_the_known_ones(self):
        with tempfile.TemporaryDirectory() as out:
            result = self.fuzz("--out", out, "--programs", "1", "--backend", "nope", "--python", "3.11")
        self.assertEqual(result.returncode, 2)
        self.assertIn("unknown backend 'nope'", result.stderr)

    def test_a_build_without_the_runner_is_a_clear_error(self):
        with tempfile.TemporaryDirectory() as out:
            result = subprocess.run([sys.executable, str(FUZZ / "fuzz.py"), "--build", out, "--out", out,
                                     "--programs", "1"], capture_output=True, text=True)
        self.assertEqual(result.returncode, 2)
        self.assertIn("no fuzz recipe; build first", result.stderr)

    def test_a_fixed_number_of_programs_is_run_and_summarised(self):
        with tempfile.TemporaryDirectory() as out:
            result = self.fuzz("--out", out, "--programs", "30", "--seed", "5", "--python", "3.11",
                               "--batch", "10", "--jobs", "1", "--no-shrink")
            summary = __import__("json").loads((Path(out) / "summary.json").read_text())
        self.assertIn(result.returncode, (0, 1), result.stderr)
        self.assertEqual(summary["programs"], 30)
        self.assertEqual(summary["first_seed"], 5)
        self.assertGreater(summary["cpu_seconds"], 0)
        self.assertIn("fuzz: 30 programs", result.stderr)

    def test_the_published_report_shows_the_summary_by_class(self):
        sys.path.insert(0, str(REPO / "bench" / "tools"))
        import report
        summary = {"date": "2026-11-30", "programs": 1000, "first_seed": 1, "pythons": ["3.11"],
                   "backends": ["asm"], "cpu_seconds": 7200, "programs_per_minute": 500.0, "jobs": 2,
                   "cpu_ms_per_program": 120.0, "unexplained": 1, "commit": "abc123", "replayed_at": "def456",
                   "findings": [{"class": "crash", "explained": None},
                                {"class": "backend-vs-cpython", "explained": "issue 13 item 3"},
                                {"class": "backend-vs-cpython", "explained": None, "fixed_at": "def456"}],
                   "findings_by_class": {"crash": 1, "backend-vs-cpython": 2}}
        table = report.fuzzing_table(summary).markdown()
        self.assertIn("| backend-vs-cpython | 2 | 1 | 1 | 0 | issue 13 item 3 |", table)
        self.assertIn("| crash | 1 | 0 | 0 | 1 | — |", table)
        self.assertIn("| total | 3 | 1 | 1 | 1 |  |", table)
        self.assertIn("1000 programs (seeds from 1) against CPython 3.11 on asm, run from commit abc123; "
                      "2.00 CPU hours", table)
        self.assertIn("replayed on commit def456", table)

    def test_a_new_run_removes_the_findings_an_earlier_run_listed_and_nothing_else(self):
        import fuzz
        with tempfile.TemporaryDirectory() as directory:
            out = Path(directory)
            (out / "crash" / "asm@3.11").mkdir(parents=True)
            (out / "notes").mkdir()
            (out / "summary.json").write_text('{"findings": [{"folder": "crash/asm@3.11"}, {"folder": "../x"}]}')
            fuzz.forget_earlier_run(out)
            self.assertFalse((out / "crash" / "asm@3.11").exists())
            self.assertTrue((out / "notes").is_dir())

    def test_merge_adds_up_runs_and_marks_a_finding_that_no_longer_diverges_fixed(self):
        import json
        no_longer_diverging = REPO / "spec" / "scenarios" / "close" / "close_exhausted_is_noop.py"
        with tempfile.TemporaryDirectory() as directory:
            shards = []
            for number, findings in enumerate(([], [{"class": "backend-vs-cpython", "targets": "all@3.11",
                                                     "seed": 7, "folder": "backend-vs-cpython/all@3.11",
                                                     "explained": None}])):
                shard = Path(directory) / f"shard{number}"
                (shard / "backend-vs-cpython" / "all@3.11").mkdir(parents=True)
                (shard / "backend-vs-cpython" / "all@3.11" / "scenario.py").write_text(no_longer_diverging.read_text())
                (shard / "summary.json").write_text(json.dumps({
                    "date": "2026-11-30", "commit": "abc", "first_seed": 100 * (number + 1), "programs": 50,
                    "cpu_seconds": 5.0, "wall_seconds": 3.0, "jobs": 2, "pythons": ["3.11"],
                    "backends": ["stackless"], "findings": findings}))
                shards.append(str(shard / "summary.json"))
            merged = Path(directory) / "merged.json"
            result = self.fuzz("--merge", *shards, "--summary", str(merged), "--python", "3.11")
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
            summary = json.loads(merged.read_text())
            broken = Path(directory) / "broken.json"
            broken.write_text("{}")
            refused = self.fuzz("--merge", str(broken), "--summary", str(merged), "--python", "3.11")
        self.assertEqual((summary["programs"], summary["cpu_seconds"], summary["first_seed"]), (100, 10.0, 100))
        self.assertEqual((summary["shards"], summary["fixed"], summary["unexplained"]), (2, 1, 0))
        self.assertTrue(summary["findings"][0]["fixed_at"])
        self.assertIn("backend-vs-cpython all@3.11 (seed 7): fixed at", result.stdout)
        self.assertEqual(refused.returncode, 2)
        self.assertIn("broken.json: not a scripts/fuzz summary", refused.stderr)

    def test_merge_explains_a_finding_that_still_diverges_by_todays_known_divergences(self):
        import json
        if not differential.regen.find_cpythons([13]):
            self.skipTest("CPython 3.13 not found: the divergence is of 3.12+")
        still_diverging = HERE / "fixtures" / "frame_back_keeps_caller_locals_3_12.py"
        with tempfile.TemporaryDirectory() as directory:
            shard = Path(directory) / "shard"
            (shard / "backend-vs-cpython" / "all@3.13").mkdir(parents=True)
            (shard / "backend-vs-cpython" / "all@3.13" / "scenario.py").write_text(still_diverging.read_text())
            (shard / "summary.json").write_text(json.dumps({
                "date": "2026-11-30", "commit": "abc", "first_seed": 1032113, "programs": 1,
                "cpu_seconds": 0.1, "wall_seconds": 0.1, "jobs": 1, "pythons": ["3.13"],
                "backends": ["stackless"], "findings": [{
                    "class": "backend-vs-cpython", "targets": "all@3.13", "seed": 1032113,
                    "folder": "backend-vs-cpython/all@3.13", "explained": None}]}))
            merged = Path(directory) / "merged.json"
            result = self.fuzz("--merge", str(shard / "summary.json"), "--summary", str(merged),
                               "--python", "3.13", "--backend", "stackless")
            summary = json.loads(merged.read_text()) if merged.exists() else {}
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertEqual((summary["fixed"], summary["unexplained"]), (0, 0))
        self.assertIn("take_ownership", summary["findings"][0]["explained"])
        self.assertIn("(seed 1032113): CPython 3.12+", result.stdout)

    def test_replay_reports_a_program_without_divergence(self):
        scenario = REPO / "spec" / "scenarios" / "close" / "close_exhausted_is_noop.py"
        result = self.fuzz("--replay", str(scenario), "--python", "3.11")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("no divergence", result.stdout)


if __name__ == "__main__":
    unittest.main()
