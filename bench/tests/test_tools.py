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
    def summary_of(self, document):
        """summary.md of the report of `document`, which report.py must write without error."""
        path = self.write("results.json", document)
        run = subprocess.run([sys.executable, os.path.join(TOOLS, "report.py"), path, self.dir.name],
                             capture_output=True, text=True)
        self.assertEqual(run.returncode, 0, run.stderr)
        with open(os.path.join(self.dir.name, "summary.md")) as f:
            return f.read()

    def test_report_files_and_targets(self):
        samples = {"next/stackless": noisy(4, 9, 9), "peer/call/indirect": noisy(1.5, 9, 10),
                   "yield_from/stackless/depth:1": noisy(10, 9, 11), "yield_from/stackless/depth:100": noisy(15, 9, 12)}
        summary = self.summary_of(make_results(samples, {"next/stackless": 40, "peer/call/indirect": 9}))
        self.assertRegex(summary, r"\| stackless next ≤ 2× indirect call \| 2\.\d\d× \(")
        self.assertIn("| 4.44× (40 / 9) | NOT met |", summary)
        self.assertRegex(summary, r"\| stackless yield from: cost per value at depth 100 ≤ 2× depth 1 \| 1\.\d\d× .* \| met \|")
        self.assertIn("| stackless | 1000000 / 1000000 | 104 | 96 | 96 | 0 |", summary)
        self.assertIn("absent: no `yieldspec check --json FILE` result", summary)
        self.assertTrue(os.path.exists(os.path.join(self.dir.name, "index.html")))
        charts_drawn = os.path.exists(os.path.join(self.dir.name, "operations.png"))
        self.assertEqual(charts_drawn, "matplotlib is not installed" not in summary)

    def test_report_breaks_an_operation_down_by_function_and_carries_the_target_notes(self):
        document = make_results({"next/stackless": noisy(4, 9, 9)}, {"next/stackless": 74})
        document["instructions"][0]["functions"] = [
            {"function": "ys_gen_next", "Ir": 39.0, "Bc": 6.0, "Bcm": 0.01, "Bi": 1.0, "Bim": 0.0, "D1mr": 0.0, "D1mw": 0.0},
            {"function": "counter_stackless", "Ir": 25.0, "Bc": 4.0, "Bcm": 0.0, "Bi": 0.0, "Bim": 0.0, "D1mr": 0.5, "D1mw": 0.25}]
        summary = self.summary_of(document)
        self.assertIn("| next/stackless | ys_gen_next | 39 | 6.0 (0.01) | 1.0 (0.00) | 0.00 |", summary)
        self.assertIn("| next/stackless | counter_stackless | 25 | 4.0 (0.00) | 0.0 (0.00) | 0.75 |", summary)
        self.assertIn("## Why the targets not met are missed, and what was tried (bench/TARGETS.md at abc)", summary)
        self.assertIn("### stackless `next`", summary)
        self.assertNotIn("# Issue 11's targets", summary)

    def test_a_callgrind_dump_gives_each_function_its_own_cost_not_its_callees(self):
        import run
        dump = "\n".join([
            "events: Ir Bc Bcm Bi Bim D1mr D1mw", "", "fn=outer", "0 3000 1000", "cfn=inner", "calls=1000 0",
            "0 9000 2000 10", "fn=inner", "0 5000 1000 10", "cfn=switch", "calls=1000 0", "0 4000",
            "fn=switch", "0 2000 0 0 1000 1000", "fn=switch'2", "0 2000 0 0 1000 1000", "fn=tiny", "0 400"])
        costs = run.function_costs(dump, 1000)
        self.assertEqual([(c["function"], c["Ir"]) for c in costs], [("inner", 5.0), ("switch", 4.0), ("outer", 3.0)])
        self.assertEqual((costs[1]["Bi"], costs[1]["Bim"]), (2.0, 2.0))
        self.assertEqual(costs[0]["Bcm"], 0.01)

    def test_report_rows_per_implementation_and_explained_divergences(self):
        def matrix(python, column, verdicts):
            return {"format": "yieldspec-check", "version": 1, "python": python, "backends": [column],
                    "summary": {"cells": len(verdicts), "passed": sum(v == "pass" for v, _ in verdicts),
                                "expected_failures": sum(v == "expected-failure" for v, _ in verdicts),
                                "unexpected_failures": 0, "unexpected_passes": 0},
                    "results": [{"backend": column, "scenario": "pep479/s%d" % i, "category": "pep479",
                                 "target": python, "verdict": v, "expectation": reason}
                                for i, (v, reason) in enumerate(verdicts)]}
        pep479 = "PEP 479 is not applied at language_level=3 by Cython 0.29"
        cython = self.write("cython.json", matrix("3.11", "cython", [("pass", None), ("expected-failure", pep479),
                                                                     ("expected-failure", pep479)]))
        asm = self.write("asm.json", matrix("3.13", "asm", [("pass", None)]))
        path = self.write("results.json", make_results({"next/stackless": noisy(4, 9, 9)}))
        run = subprocess.run([sys.executable, os.path.join(TOOLS, "report.py"), path, self.dir.name,
                              "--conformance", asm, "--conformance", cython], capture_output=True, text=True)
        self.assertEqual(run.returncode, 0, run.stderr)
        with open(os.path.join(self.dir.name, "summary.md")) as f:
            summary = f.read()
        self.assertIn("| asm | 3.13 | 1/1 | 0 | 0 |", summary)
        self.assertIn("| cython | 3.11 | 1/3 | 2 | 0 |", summary)
        self.assertIn("### cython against CPython 3.11: 2 scenarios\n\n> " + pep479, summary)
        self.assertIn("`pep479/s1`, `pep479/s2`", summary)
        self.assertIn("```python\ndef g():\n    raise StopIteration", summary)
        self.assertIn("Upstream: cython/cython#2580", summary)
        with open(os.path.join(self.dir.name, "index.html")) as f:
            self.assertIn("<pre>def g():", f.read())

    def test_issue_11_targets_compare_with_python_peers_and_next(self):
        samples = {"next/stackless": noisy(6, 9, 1), "close/stackless": noisy(15, 9, 2),
                   "next/pypy-3.9": noisy(9, 9, 3), "close/pypy-3.9": noisy(4.5, 9, 4)}
        document = make_results(samples)
        document["sources"]["pypy-3.9"] = {}
        summary = self.summary_of(document)
        self.assertRegex(summary, r"\| stackless next ≤ pypy-3\.9 \| 0\.\d\d× \(.*\| met \|")
        self.assertRegex(summary, r"\| stackless close ≤ pypy-3\.9 \| 3\.\d\d× \(.*\| NOT met \|")
        self.assertRegex(summary, r"\| stackless close ≤ 2× its next \| 2\.\d\d× \(.*\| NOT met \|")
        self.assertIn("| stackless memory per suspended generator ≤ 128 B + its locals (8 B) | 104.0 B resident "
                      "| 136 B | heap 96 B | met |", summary)


class PublishOnlyFromACommitTest(ToolTest):
    """A report of a run from a modified tree, or of an unknown commit, is refused unless
    --allow-dirty, and then says so at its top; bench-report refuses before anything runs."""

    def report(self, commit, *args):
        document = make_results({"next/stackless": noisy(4, 9, 9)})
        document["context"]["commit"] = commit
        path = self.write("results.json", document)
        out_dir = os.path.join(self.dir.name, "report")
        run = subprocess.run([sys.executable, os.path.join(TOOLS, "report.py"), path, out_dir, *args],
                             capture_output=True, text=True)
        return run, out_dir

    def test_a_run_from_a_modified_tree_is_refused_and_writes_nothing(self):
        for commit in ("1f1244e0a1b2-dirty", "unknown"):
            run, out_dir = self.report(commit)
            self.assertEqual(run.returncode, 2, commit)
            self.assertIn("report: refusing to write", run.stderr)
            self.assertIn("--allow-dirty", run.stderr)
            self.assertFalse(os.path.exists(out_dir), "no report folder is left behind")

    def test_allow_dirty_writes_a_report_labelled_not_publishable(self):
        run, out_dir = self.report("1f1244e0a1b2-dirty", "--allow-dirty")
        self.assertEqual(run.returncode, 0, run.stderr)
        with open(os.path.join(out_dir, "summary.md")) as f:
            summary = f.read()
        self.assertRegex(summary.splitlines()[2], r"^> \*\*NOT A PUBLISHABLE REPORT: .*uncommitted changes "
                                                  r"\(commit 1f1244e0a1b2-dirty\)")
        with open(os.path.join(out_dir, "index.html")) as f:
            self.assertIn("<p class=warn><strong>NOT A PUBLISHABLE REPORT", f.read())

    def test_a_run_from_a_commit_has_no_label(self):
        run, out_dir = self.report("1f1244e0a1b2")
        self.assertEqual(run.returncode, 0, run.stderr)
        with open(os.path.join(out_dir, "summary.md")) as f:
            self.assertNotIn("PUBLISHABLE", f.read())

    def test_bench_report_refuses_a_modified_tree_before_running_anything(self):
        """scripts/bench-report in a scratch repository whose scripts/bench only records that it ran."""
        scripts = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts")
        repo = os.path.join(self.dir.name, "repo")
        os.makedirs(os.path.join(repo, "scripts"))
        with open(os.path.join(scripts, "bench-report")) as f, open(os.path.join(repo, "scripts", "bench-report"), "w") as g:
            g.write(f.read())
        ran = os.path.join(self.dir.name, "bench-ran")
        with open(os.path.join(repo, "scripts", "bench"), "w") as f:
            f.write("#!/bin/sh\ntouch '%s'\nexit 3\n" % ran)
        for script in ("bench", "bench-report"):
            os.chmod(os.path.join(repo, "scripts", script), 0o755)

        def git(*args):
            subprocess.run(["git", "-C", repo, "-c", "user.name=t", "-c", "user.email=t@t", *args],
                           check=True, capture_output=True)
        git("init", "-q")
        git("add", ".")
        git("commit", "-q", "-m", "scratch")
        with open(os.path.join(repo, "scripts", "bench"), "a") as f:
            f.write("# an uncommitted change\n")

        def bench_report(*args):
            return subprocess.run([os.path.join(repo, "scripts", "bench-report"), *args, "label"],
                                  capture_output=True, text=True)
        run = bench_report()
        self.assertEqual(run.returncode, 2, run.stderr)
        self.assertIn("uncommitted changes", run.stderr)
        self.assertFalse(os.path.exists(ran), "no benchmark ran")
        run = bench_report("--allow-dirty")
        self.assertEqual(run.returncode, 3, run.stderr)  # the stand-in scripts/bench's own status
        self.assertTrue(os.path.exists(ran))


BROKEN_INPUTS = (  # (file name, content or None for a missing file, how the message goes on after the name)
    ("missing.json", None, ": cannot read: No such file or directory"),
    ("empty.json", "", ": empty file"),
    ("truncated.json", '{"context": {}, "benchmarks": [{"name": "next/asm", "real', ":1:53: not valid JSON"),
    ("list.json", "[1, 2]", ': not a benchmark results document'),
    ("entry.json", '{"benchmarks": [{"name": "next/asm", "run_type": "iteration"}]}',
     ": benchmarks[0] (next/asm): no real_time"),
)


class BrokenInputTest(ToolTest):
    """A results file that is missing, empty, cut short or of another shape is an input error
    (exit 2, one line naming the file), never a traceback, a regression verdict or an empty report."""

    def broken(self, name, content):
        path = os.path.join(self.dir.name, name)
        if content is not None:
            with open(path, "w") as f:
                f.write(content)
        return path

    def test_compare_refuses_a_missing_empty_or_malformed_results_file_with_exit_2(self):
        good = self.write("good.json", make_results({}, {"next/stackless": 100}))
        for name, content, says in BROKEN_INPUTS:
            for sides in ((self.broken(name, content), good), (good, self.broken(name, content))):
                with self.subTest(file=name, broken_side="baseline" if sides[0] != good else "current"):
                    run = subprocess.run([sys.executable, os.path.join(TOOLS, "compare.py"), *sides,
                                          "--mode", "instructions"], capture_output=True, text=True)
                    self.assertEqual(run.returncode, 2, run.stdout + run.stderr)
                    self.assertTrue(run.stderr.startswith("compare: %s%s" % (os.path.join(self.dir.name, name), says)),
                                    run.stderr)
                    self.assertNotIn("Traceback", run.stderr)
                    self.assertEqual(len(run.stderr.splitlines()), 1, run.stderr)

    def test_report_refuses_an_empty_or_partial_results_file_and_leaves_no_folder(self):
        partial = make_results({"next/stackless": noisy(4, 9, 1)})
        del partial["context"]["method"]
        inputs = BROKEN_INPUTS + (("partial.json", json.dumps(partial), ": incomplete results: no context.method"),)
        for name, content, says in inputs:
            with self.subTest(file=name):
                out_dir = os.path.join(self.dir.name, "report-" + name)
                run = subprocess.run([sys.executable, os.path.join(TOOLS, "report.py"),
                                      self.broken(name, content), out_dir], capture_output=True, text=True)
                self.assertEqual(run.returncode, 2, run.stderr)
                self.assertTrue(run.stderr.startswith("report: %s%s" % (os.path.join(self.dir.name, name), says)),
                                run.stderr)
                self.assertTrue(run.stderr.endswith("; nothing written\n"), run.stderr)
                self.assertNotIn("Traceback", run.stderr)
                self.assertFalse(os.path.exists(out_dir), "%s was left behind" % out_dir)
                self.assertEqual([n for n in os.listdir(self.dir.name) if n.startswith(".report-")], [])


    def report_with_mutation(self, summary, *options):
        """summary.md of a report given this mutation summary."""
        mutation = self.write("mutation.json", summary)
        path = self.write("results.json", make_results({"next/stackless": noisy(4, 9, 9)}))
        run = subprocess.run([sys.executable, os.path.join(TOOLS, "report.py"), path, self.dir.name,
                              "--mutation", mutation, *options], capture_output=True, text=True)
        self.assertEqual(run.returncode, 0, run.stderr)
        with open(os.path.join(self.dir.name, "summary.md")) as f:
            return f.read()

    @staticmethod
    def mutation_block(judged, detected, argued_equivalent=0, explained=0):
        block = {"generated": judged, "not-compiled": 0, "equivalent": 0, "judged": judged,
                 "corpus": {"killed": 0, "crash": 0, "timeout": 0, "survived": judged, "score": 0.0},
                 "suite": {"killed": detected - 1, "crash": 0, "timeout": 1 if detected else 0,
                           "survived": judged - detected, "score": 100.0 * detected / judged}}
        if argued_equivalent:
            block["non_equivalent"] = {"argued_equivalent": argued_equivalent}
        if explained:
            block["observable"] = {"suite_explained": explained}
        return block

    def sample_and_rejudged(self, rejudged_judged):
        block = self.mutation_block(20, 15)
        sample = {"commit": "5511580", "date": "2026-12-01T08:00:00Z", "selection": "300 at random (seed 2026)",
                  "files": {"impls/core/src/gen.c": block}, "core": block}
        again = self.mutation_block(rejudged_judged, 3, argued_equivalent=1, explained=2)
        rejudged = {"commit": "868f51a", "date": "2026-12-01T16:00:00Z", "selection": "the 5 survivors",
                    "files": {"impls/core/src/gen.c": again}, "core": again}
        return self.write("sample.json", sample), self.write("rejudged.json", rejudged)

    def test_report_adds_the_detections_of_the_rejudged_survivors_to_the_whole_suite_sample(self):
        sample, rejudged = self.sample_and_rejudged(5)
        text = self.report_with_mutation(
            {"files": {}, "core": None, "total": None, "catalogue": {}, "survivors": []},
            "--mutation-sample", sample, "--mutation-rejudged", rejudged)
        self.assertIn("## Whole suite, measured on a sample of core mutants", text)
        self.assertIn("| impls/core/src/gen.c | 20 | 75.0% (5 survived) | 5 | 3 | 90.0% (2 survived) | 94.7% of 19 "
                      "| 100.0% of 18 |", text)
        self.assertIn("| = core | 20 | 75.0% (5 survived) | 5 | 3 | 90.0% (2 survived) | 94.7% of 19 | 100.0% of 18 |", text)
        self.assertIn("The sample: 300 at random (seed 2026) (5511580, 2026-12-01)", text)
        self.assertIn("Its survivors judged again at 868f51a (2026-12-01)", text)

    def test_report_refuses_rejudged_survivors_the_sample_does_not_have(self):
        sample, rejudged = self.sample_and_rejudged(6)
        path = self.write("results.json", make_results({"next/stackless": noisy(4, 9, 9)}))
        out_dir = os.path.join(self.dir.name, "refused")
        run = subprocess.run([sys.executable, os.path.join(TOOLS, "report.py"), path, out_dir,
                              "--mutation-sample", sample, "--mutation-rejudged", rejudged],
                             capture_output=True, text=True)
        self.assertEqual(run.returncode, 2, run.stderr)
        self.assertEqual(run.stderr, "report: %s: impls/core/src/gen.c: 6 mutants re-judged, but the sample "
                                     "left 5 survivors; nothing written\n" % rejudged)
        self.assertFalse(os.path.exists(out_dir))

    def test_report_shows_mutation_scores_and_survivors(self):
        block = {"generated": 10, "not-compiled": 1, "equivalent": 2, "judged": 7,
                 "corpus": {"killed": 5, "crash": 0, "timeout": 0, "survived": 2, "score": 71.43},
                 "suite": {"killed": 6, "crash": 0, "timeout": 0, "survived": 1, "score": 85.71}}
        summary = {"commit": "abc1234", "date": "2026-11-30T08:00:00Z", "sample": 10, "seed": 1,
                   "cpu_seconds": 120.0, "files": {"impls/core/src/gen.c": block}, "core": block,
                   "total": block, "catalogue": {"entries": []},
                   "survivors": [{"id": "impls/core/src/gen.c:48:delete:2670", "description": "deleted: x;"}]}
        text = self.report_with_mutation(summary)
        self.assertIn("| impls/core/src/gen.c | 10 | 1 | 2 | 71.4% (2 survived) | — | 85.7% (1 survived) |", text)
        self.assertIn("## Mutation survivors (1)", text)
        self.assertIn("| impls/core/src/gen.c:48:delete:2670 | deleted: x; |", text)
        self.assertIn("a sample of 10 (seed 1)", text)

    def test_report_gives_the_whole_suite_score_without_the_mutants_argued_equivalent(self):
        block = {"generated": 10, "not-compiled": 0, "equivalent": 0, "judged": 10,
                 "corpus": {"killed": 6, "crash": 0, "timeout": 0, "survived": 4, "score": 60.0},
                 "suite": {"killed": 8, "crash": 0, "timeout": 0, "survived": 2, "score": 80.0},
                 "non_equivalent": {"argued_equivalent": 1, "judged": 9, "corpus": 66.67, "suite": 88.89}}
        summary = {"commit": "abc1234", "date": "2026-12-01T08:00:00Z", "sample": None, "seed": None,
                   "files": {"impls/core/src/gen.c": block}, "core": block, "total": block,
                   "catalogue": {"entries": []}, "survivors": []}
        text = self.report_with_mutation(summary)
        self.assertIn("| 80.0% (2 survived); 88.9% of the 9 not argued equivalent |", text)

    def test_report_gives_the_corpus_s_strength_over_the_mutants_some_scenario_runs(self):
        block = {"generated": 10, "not-compiled": 0, "equivalent": 0, "judged": 10,
                 "corpus": {"killed": 6, "crash": 0, "timeout": 0, "survived": 4, "score": 60.0},
                 "suite": {"killed": 8, "crash": 0, "timeout": 0, "survived": 2, "score": 80.0},
                 "non_equivalent": {"argued_equivalent": 1, "judged": 9, "corpus": 66.67, "suite": 88.89,
                                    "reached_by_scenarios": 7, "corpus_strength": 85.71}}
        summary = {"commit": "abc1234", "date": "2026-12-03T08:00:00Z", "sample": None, "seed": None,
                   "files": {"impls/core/src/gen.c": block}, "core": block, "total": block,
                   "catalogue": {"entries": []}, "survivors": []}
        text = self.report_with_mutation(summary)
        self.assertIn("| 60.0% (4 survived); 66.7% of the 9 not argued equivalent; 85.7% of the 7 some "
                      "scenario runs |", text)

    def test_report_shows_the_observable_score_and_the_corpus_survivors_no_rule_explains(self):
        block = {"generated": 10, "not-compiled": 0, "equivalent": 0, "judged": 10,
                 "corpus": {"killed": 7, "crash": 0, "timeout": 0, "survived": 3, "score": 70.0},
                 "suite": {"killed": 7, "crash": 0, "timeout": 0, "survived": 0, "score": None, "not_run": 3,
                           "corpus_survivors_run": 0, "corpus_survivors_caught": 0, "estimated": True},
                 "observable": {"corpus": 87.5, "corpus_explained": 2, "suite": None}}
        summary = {"commit": "abc1234", "date": "2026-12-01T08:00:00Z", "sample": None, "seed": None,
                   "files": {"impls/core/src/gen.c": block}, "core": block, "total": block,
                   "catalogue": {"entries": []}, "survivors": [],
                   "before_new_scenarios": {"corpus": {"score": 50.0}, "observable": {"corpus": 60.0}},
                   "suite_not_run": [
                       {"id": "impls/core/src/gen.c:1:delete:1", "function": "f", "description": "deleted: a;",
                        "unobservable": None},
                       {"id": "impls/core/src/gen.c:2:delete:9", "function": "g", "description": "deleted: b;",
                        "unobservable": "a leak only valgrind sees"}]}
        text = self.report_with_mutation(summary)
        self.assertIn("| 70.0% (3 survived) | 87.5% (2 explained) | — |", text)
        self.assertIn("## Core corpus survivors no rule explains (1)", text)
        self.assertIn("| impls/core/src/gen.c:1:delete:1 | f | deleted: a; |", text)
        self.assertNotIn("gen.c:2:delete:9", text)
        self.assertIn("the core scored 50.0% (corpus) and 60.0% (observable corpus)", text)

    def corpus_only_summary(self, **fields):
        block = {"generated": 10, "not-compiled": 0, "equivalent": 1, "judged": 9,
                 "corpus": {"killed": 8, "crash": 0, "timeout": 0, "survived": 1, "score": 88.89},
                 "suite": {"killed": 0, "crash": 0, "timeout": 0, "survived": 0, "score": None, "not_run": 1,
                           "corpus_survivors_run": 0, "corpus_survivors_caught": 0, "estimated": True},
                 "observable": {"corpus": 100.0, "corpus_explained": 1, "suite": None}}
        summary = {
            "commit": "c84cf52", "date": "2026-12-02T06:00:00Z", "sample": None, "seed": None,
            "files": {"impls/core/src/gen.c": block}, "core": block, "total": block, "catalogue": {},
            "survivors": [], "before_new_scenarios": {"corpus": {"score": 70.0}, "observable": {"corpus": 80.0}},
            "suite_not_run": [{"id": "impls/core/src/gen.c:9:delete:1", "function": "f",
                               "description": "deleted: a;", "unobservable": None}]}
        summary.update(fields)
        return self.report_with_mutation(
            {"files": {}, "core": None, "total": None, "catalogue": {}, "survivors": []},
            "--mutation-corpus", self.write("corpus-core.json", summary))

    def test_report_shows_the_corpus_alone_on_every_core_mutant_before_and_after_its_scenarios(self):
        text = self.corpus_only_summary(selection="every core mutant, on 2 cores in 55 min")
        self.assertIn("## Corpus alone, measured on every core mutant", text)
        self.assertIn("| = core | 10 | 0 | 1 | 88.9% (1 survived) | 100.0% (1 explained) | — |", text)
        self.assertIn("scripts/mutate at c84cf52, 2026-12-02: every core mutant, on 2 cores in 55 min", text)
        self.assertIn("the core scored 70.0% (corpus) and 80.0% (observable corpus)", text)
        self.assertIn("## Core corpus survivors of that run no rule explains (1)", text)
        self.assertEqual(text.count("## Mutation survivors"), 1)

    def test_report_shows_a_corpus_sample_as_a_sample(self):
        text = self.corpus_only_summary(sample=10, seed=2026)
        self.assertIn("## Corpus alone, measured on a sample of core mutants", text)
        self.assertIn("scripts/mutate at c84cf52, 2026-12-02: a sample of 10 (seed 2026)", text)
        self.assertIn("## Core corpus survivors of that sample no rule explains (1)", text)


class ResultsTest(unittest.TestCase):
    def test_canonical_name_drops_fixed_run_suffixes(self):
        self.assertEqual(results.canonical_name("memory/asm/iterations:1/repeats:1"), "memory/asm")
        self.assertEqual(results.canonical_name("yield_from/asm/depth:10/iterations:10/repeats:1"),
                         "yield_from/asm/depth:10")

    def test_expected_names_cover_every_operation(self):
        names = results.expected_names(["asm"], ["cpython-3.11"], with_scenarios=True)
        self.assertIn("peer/raw_round_trip/asm_switch", names)
        self.assertIn("pipeline/asm/stages:16", names)
        self.assertIn("scenario_parser/asm", names)
        self.assertIn("memory/asm", names)
        self.assertIn("yield_from/cpython-3.11/depth:1000", names)
        self.assertNotIn("raw_round_trip/cpython-3.11", names)

    def test_a_backend_wrapping_a_peer_library_shares_no_name_with_the_peer(self):
        names = results.expected_names(["pcl"], [], with_scenarios=False)
        self.assertIn("raw_round_trip/pcl", names)
        self.assertIn("peer/raw_round_trip/pcl", names)
        self.assertEqual(results.duplicates(names), [])

    def test_duplicate_names_are_found(self):
        self.assertEqual(results.duplicates(["next/a", "peer/x/a", "next/a", "next/b", "peer/x/a"]),
                         ["next/a", "peer/x/a"])


if __name__ == "__main__":
    unittest.main()
