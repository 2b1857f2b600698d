"""Tests of the fuzzer (ctest -L fuzz): the generator, the classification, the shrinker, the CLI.

Tests that run programs need a build: YIELDSPEC_BUILD_DIR names it (ctest sets it)."""
import hashlib
import os
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
