"""Transcript-style tests of the report and compare tools on made-up results,
so that the CI gate itself is tested: a clear slowdown fails, noise passes,
too few repetitions are never gated on, instruction counts use a threshold,
and the report is written (with or without matplotlib)."""

import json
import os
import random
import subprocess
import sys
import tempfile
import unittest

TOOLS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools")
sys.path.insert(0, TOOLS)
import results  # noqa: E402

try:
    import scipy  # noqa: F401
    HAVE_SCIPY = True
except ImportError:
    HAVE_SCIPY = False


def make_results(samples, instructions=None, instruction_iterations=1000):
    """A results.json document holding `samples` ({name: [ns, ...]})."""
    benchmarks = [{"name": name, "run_name": name, "run_type": "iteration", "real_time": ns, "time_unit": "ns",
                   "iterations": 1000} for name, values in samples.items() for ns in values]
    benchmarks.append({"name": "memory/stackless/iterations:1/repeats:1", "run_name": "memory/stackless/iterations:1/repeats:1",
                       "run_type": "iteration", "real_time": 1e6, "time_unit": "ns", "generators_alive": 1000000,
                       "target": 1000000, "bytes_resident_per_generator": 104.0, "bytes_virtual_per_generator": 96.0,
                       "bytes_heap_per_generator": 96.0, "stack_bytes": 0.0, "label": "1000000 of 1000000 alive"})
    method = {"mode": "full", "repetitions": 9, "min_time_s": 0.05, "statistic": "median; spread: IQR / median",
              "processes": "test", "load_average_before": ["0", "0", "0"], "load_average_after": ["0", "0", "0"],
              "instruction_iterations": instruction_iterations}
    context = {"backends": "stackless", "cpu_model": "test CPU", "num_cpus": 2, "compiler": "GNU 12",
               "c_flags": "-O2", "commit": "abc", "date": "2026-01-01T00:00:00", "vm_max_map_count": "65530",
               "scenario_workloads": "not built", "method": method}
    return {"context": context, "sources": {"ys-bench": {}}, "benchmarks": benchmarks,
            "instructions": [{"name": n, "iterations": instruction_iterations, "instructions_per_iteration": c}
                             for n, c in (instructions or {}).items()]}


def noisy(center, n, seed):
    rng = random.Random(seed)
    return [center * (1 + rng.uniform(-0.03, 0.03)) for _ in range(n)]


class ToolTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def write(self, name, document):
        path = os.path.join(self.dir.name, name)
        with open(path, "w") as f:
            json.dump(document, f)
        return path

    def compare(self, base, current, *args):
        run = subprocess.run([sys.executable, os.path.join(TOOLS, "compare.py"), self.write("base.json", base),
                              self.write("current.json", current)] + list(args), capture_output=True, text=True)
        return run.returncode, run.stdout + run.stderr


@unittest.skipUnless(HAVE_SCIPY, "wall mode needs scipy (Debian python3-scipy)")
class CompareWallTest(ToolTest):
    def test_a_clear_slowdown_is_a_regression(self):
        status, out = self.compare(make_results({"next/stackless": noisy(10, 9, 1)}),
                                   make_results({"next/stackless": noisy(13, 9, 2)}))
        self.assertEqual(status, 1, out)
        self.assertIn("REGRESSION", out)

    def test_noise_alone_passes(self):
        status, out = self.compare(make_results({"next/stackless": noisy(10, 9, 3)}),
                                   make_results({"next/stackless": noisy(10, 9, 4)}))
        self.assertEqual(status, 0, out)

    def test_a_significant_change_below_the_threshold_passes(self):
        status, out = self.compare(make_results({"next/stackless": noisy(10, 9, 5)}),
                                   make_results({"next/stackless": noisy(10.6, 9, 6)}), "--threshold", "10")
        self.assertEqual(status, 0, out)

    def test_fewer_than_nine_repetitions_are_not_gated(self):
        status, out = self.compare(make_results({"next/stackless": noisy(10, 3, 7)}),
                                   make_results({"next/stackless": noisy(20, 3, 8)}))
        self.assertEqual(status, 0, out)
        self.assertIn("not tested: 3/3 repetitions", out)


class CompareInstructionsTest(ToolTest):
    def test_threshold_and_exclude(self):
        base = make_results({}, {"next/stackless": 100, "next/threads": 100})
        current = make_results({}, {"next/stackless": 101, "next/threads": 110})
        status, out = self.compare(base, current, "--mode", "instructions")
        self.assertEqual(status, 1, out)
        self.assertIn("1 regression(s): next/threads", out)
        status, out = self.compare(base, current, "--mode", "instructions", "--exclude", "/threads")
        self.assertEqual(status, 0, out)

    def test_missing_counts_is_an_error(self):
        status, out = self.compare(make_results({}), make_results({}), "--mode", "instructions")
        self.assertEqual(status, 2, out)


class ReportTest(ToolTest):
    def test_report_files_and_targets(self):
        samples = {"next/stackless": noisy(4, 9, 9), "call/indirect": noisy(1.5, 9, 10),
                   "yield_from/stackless/depth:1": noisy(10, 9, 11), "yield_from/stackless/depth:100": noisy(15, 9, 12)}
        path = self.write("results.json", make_results(samples, {"next/stackless": 40, "call/indirect": 9}))
        run = subprocess.run([sys.executable, os.path.join(TOOLS, "report.py"), path, self.dir.name],
                             capture_output=True, text=True)
        self.assertEqual(run.returncode, 0, run.stderr)
        with open(os.path.join(self.dir.name, "summary.md")) as f:
            summary = f.read()
        self.assertRegex(summary, r"\| stackless next ≤ 2× indirect call \| 2\.\d\d× \(")
        self.assertIn("| 4.44× (40 / 9) | NOT met |", summary)
        self.assertRegex(summary, r"\| stackless yield from: cost per value at depth 100 ≤ 2× depth 1 \| 1\.\d\d× .* \| met \|")
        self.assertIn("| stackless | 1000000 / 1000000 | 104 | 96 | 96 | 0 |", summary)
        self.assertIn("absent: no `yieldspec check --json FILE` result", summary)
        self.assertTrue(os.path.exists(os.path.join(self.dir.name, "index.html")))
        charts_drawn = os.path.exists(os.path.join(self.dir.name, "operations.png"))
        self.assertEqual(charts_drawn, "matplotlib is not installed" not in summary)


    def test_report_shows_mutation_scores_and_survivors(self):
        block = {"generated": 10, "not-compiled": 1, "equivalent": 2, "judged": 7,
                 "corpus": {"killed": 5, "crash": 0, "timeout": 0, "survived": 2, "score": 71.43},
                 "suite": {"killed": 6, "crash": 0, "timeout": 0, "survived": 1, "score": 85.71}}
        summary = {"commit": "abc1234", "date": "2026-11-30T08:00:00Z", "sample": 10, "seed": 1,
                   "cpu_seconds": 120.0, "files": {"impls/core/src/gen.c": block}, "core": block,
                   "total": block, "catalogue": {"entries": []},
                   "survivors": [{"id": "impls/core/src/gen.c:48:delete:2670", "description": "deleted: x;"}]}
        mutation = self.write("mutation.json", summary)
        path = self.write("results.json", make_results({"next/stackless": noisy(4, 9, 9)}))
        run = subprocess.run([sys.executable, os.path.join(TOOLS, "report.py"), path, self.dir.name,
                              "--mutation", mutation], capture_output=True, text=True)
        self.assertEqual(run.returncode, 0, run.stderr)
        with open(os.path.join(self.dir.name, "summary.md")) as f:
            text = f.read()
        self.assertIn("| impls/core/src/gen.c | 10 | 1 | 2 | 71.4% (2 survived) | 85.7% (1 survived) |", text)
        self.assertIn("## Mutation survivors (1)", text)
        self.assertIn("| impls/core/src/gen.c:48:delete:2670 | deleted: x; |", text)
        self.assertIn("a sample of 10 (seed 1)", text)


class ResultsTest(unittest.TestCase):
    def test_canonical_name_drops_fixed_run_suffixes(self):
        self.assertEqual(results.canonical_name("memory/asm/iterations:1/repeats:1"), "memory/asm")
        self.assertEqual(results.canonical_name("yield_from/asm/depth:10/iterations:10/repeats:1"),
                         "yield_from/asm/depth:10")

    def test_expected_names_cover_every_operation(self):
        names = results.expected_names(["asm"], ["cpython-3.11"], with_scenarios=True)
        self.assertIn("raw_round_trip/asm_switch", names)
        self.assertIn("pipeline/asm/stages:16", names)
        self.assertIn("scenario_parser/asm", names)
        self.assertIn("memory/asm", names)
        self.assertIn("yield_from/cpython-3.11/depth:1000", names)
        self.assertNotIn("raw_round_trip/cpython-3.11", names)


if __name__ == "__main__":
    unittest.main()
