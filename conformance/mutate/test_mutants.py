#!/usr/bin/env python3
"""The mutation operators make the mutants they document, and nothing else."""
import contextlib
import io
import json
import os
import sys
import subprocess
import tempfile
import time
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import coverage  # noqa: E402
import mutants  # noqa: E402
import mutate  # noqa: E402
import unobservable  # noqa: E402

SOURCE = r'''/* a comment with < and && and 7 */
#include <stdio.h>
#define LIMIT (3 < 4)
enum { KEEP = 64 };

static int counter;

static void bump(int *p)
{
    *p += 1;
    counter++;
    if (*p > 10) {
        reset(p);
        log_it("a < b && 2");
    } else
        other(p);
}

int pick(int a, int b)
{
    int c = a == b;
    struct thing *t = make();
    while (a && b)
        a--;
    return c ? a : b;
}
'''


def by_operator(ms, operator):
    return [m for m in ms if m.operator == operator]


class OperatorTests(unittest.TestCase):
    def setUp(self):
        self.ms = mutants.generate(SOURCE, "x.c")

    def test_every_mutant_keeps_the_line_count_and_changes_the_text(self):
        for m in self.ms:
            out = m.apply(SOURCE)
            self.assertEqual(out.count("\n"), SOURCE.count("\n"), m.id)
            self.assertNotEqual(out, SOURCE, m.id)

    def test_comments_strings_and_preprocessor_lines_are_never_mutated(self):
        string = SOURCE.index('"a < b && 2"')
        for m in self.ms:
            if m.operator in ("relational", "logical", "constant"):
                self.assertGreater(m.line, 3, m.id + " is in the comment, #include or #define")
                self.assertFalse(string <= m.start < string + 12, m.id + " is inside a string")

    def test_relational_and_logical_operators_are_swapped(self):
        self.assertEqual([m.replacement for m in by_operator(self.ms, "relational")], [">=", "!="])
        self.assertEqual([m.replacement for m in by_operator(self.ms, "logical")], ["||"])

    def test_if_and_while_conditions_are_negated(self):
        negated = [m.apply(SOURCE).splitlines()[m.line - 1].strip() for m in by_operator(self.ms, "negate")]
        self.assertEqual(negated, ["if (!(*p > 10)) {", "while (!(a && b))"])

    def test_constants_are_off_by_one_in_functions_and_enums_only(self):
        self.assertEqual(sorted((m.line, m.replacement) for m in by_operator(self.ms, "constant")),
                         [(4, "65"), (10, "0"), (10, "2"), (12, "11")])

    def test_expression_statements_are_deleted_but_declarations_and_returns_are_not(self):
        deleted = [m.description for m in by_operator(self.ms, "delete")]
        self.assertEqual(deleted, ["deleted: *p += 1;", "deleted: counter++;", "deleted: reset(p);",
                                   'deleted: log_it("a < b && 2");', "deleted: other(p);",
                                   "deleted: a--;"])

    def test_adjacent_one_line_statements_of_one_block_are_swapped(self):
        swaps = by_operator(self.ms, "swap")
        self.assertEqual([m.description for m in swaps],
                         ['swapped: *p += 1; / counter++;', 'swapped: reset(p); / log_it("a < b && 2");'])

    def test_early_returns_go_before_top_level_statements_of_void_functions_and_at_the_start_of_others(self):
        early = [(m.line, m.replacement) for m in by_operator(self.ms, "early-return")]
        self.assertEqual(early, [(10, "return; "), (11, "return; "), (12, "return; "), (21, "return 0; ")])


class CatalogueTests(unittest.TestCase):
    def test_every_catalogue_entry_applies_to_the_current_sources_exactly_once(self):
        candidates = mutate.catalogue_candidates(mutate.REPO)
        self.assertEqual(len(candidates), len(mutate.CATALOGUE))
        for c in candidates:
            self.assertNotEqual(c.original, c.mutated, c.id)


class UnobservableRuleTests(unittest.TestCase):
    def test_every_rule_explains_a_mutant_of_the_current_sources(self):
        # A rule whose code was rewritten or renamed explains nothing; the mutant it was
        # written for then comes back as a survivor no rule explains.
        explained = set()
        for path in sorted({rule["file"] for rule in unobservable.RULES}):
            text = (mutate.REPO / path).read_text()
            lines = text.splitlines()
            for m in mutants.generate(text, path):
                rule = unobservable.matching_rule({
                    "file": path, "function": m.function, "operator": m.operator,
                    "description": m.description, "source": lines[m.line - 1].strip()})
                if rule:
                    explained.add(id(rule))
        stale = [(r["file"], r["functions"], r.get("contains") or r.get("line_contains") or r["why"][:60])
                 for r in unobservable.RULES if id(r) not in explained]
        self.assertEqual(stale, [])


class ScoreTests(unittest.TestCase):
    def record(self, verdict, corpus, function="f", description="deleted: x;"):
        return {"id": "x.c:%s" % id(object()), "file": "impls/core/src/exc.c", "kind": "operator",
                "operator": "delete", "function": function, "description": description,
                "verdict": verdict, "corpus": corpus, "runtime": None, "line": 1}

    def test_scores_leave_out_equivalent_and_not_compiled_and_observable_ones_the_explained(self):
        records = [self.record("killed", "killed"), self.record("killed", "survived"),
                   self.record("survived", "survived"),
                   self.record("survived", "survived", function="exc_free"),
                   self.record("equivalent", None), self.record("not-compiled", None)]
        s = mutate.summarize(records, {})
        block = s["files"]["impls/core/src/exc.c"]
        self.assertEqual((block["generated"], block["judged"], block["equivalent"], block["not-compiled"]),
                         (6, 4, 1, 1))
        self.assertEqual((block["corpus"]["score"], block["suite"]["score"]), (25.0, 50.0))
        self.assertEqual((block["observable"]["corpus"], block["observable"]["suite"]), (33.33, 66.67))
        self.assertEqual([x["unobservable"] is not None for x in s["survivors"]], [False, True])

    def test_mutants_argued_equivalent_are_left_out_of_the_non_equivalent_scores(self):
        swapped = dict(self.record("survived", "survived", function="ys_exc_new"), operator="swap")
        records = [self.record("killed", "killed"), self.record("survived", "survived"), swapped]
        block = mutate.summarize(records, {})["files"]["impls/core/src/exc.c"]
        self.assertEqual(block["non_equivalent"],
                         {"argued_equivalent": 1, "judged": 2, "corpus": 50.0, "suite": 50.0,
                          "reached_by_scenarios": 2, "corpus_strength": 50.0})
        self.assertEqual(block["suite"]["score"], 33.33)

    def test_corpus_strength_counts_only_the_non_equivalent_mutants_some_scenario_runs(self):
        unreached = dict(self.record("killed", "survived"), covered={"scenarios": 0, "programs": 3})
        reached = dict(self.record("survived", "survived"), covered={"scenarios": 12, "programs": 3})
        every = dict(self.record("killed", "killed"), covered={"scenarios": "all", "programs": "all"})
        older = self.record("killed", "killed")  # a journal from before records said what covered them
        swapped = dict(self.record("survived", "survived", function="ys_exc_new"), operator="swap",
                       covered={"scenarios": 4, "programs": 1})
        block = mutate.summarize([unreached, reached, every, older, swapped], {})["core"]
        self.assertEqual(block["non_equivalent"]["judged"], 4)
        self.assertEqual(block["non_equivalent"]["corpus"], 50.0)
        self.assertEqual(block["non_equivalent"]["reached_by_scenarios"], 3)
        self.assertEqual(block["non_equivalent"]["corpus_strength"], 66.67)

    def test_a_mutant_the_suite_detected_stays_non_equivalent_whatever_a_rule_argues(self):
        swapped = dict(self.record("killed", "survived", function="ys_exc_new"), operator="swap")
        with contextlib.redirect_stderr(io.StringIO()) as err:
            block = mutate.summarize([swapped], {})["files"]["impls/core/src/exc.c"]
        self.assertEqual(block["non_equivalent"],
                         {"argued_equivalent": 0, "judged": 1, "corpus": 0.0, "suite": 100.0,
                          "reached_by_scenarios": 1, "corpus_strength": 0.0})
        self.assertIn("argues %s equivalent, but the suite detected it" % swapped["id"], err.getvalue())

    def survivors_of_exc_c(self):
        """Two plain survivors (the first then marked killed) and one a rule argues equivalent,
        as mutants of the current exc.c: a summary names only those (mutate.carried_forward)."""
        path = "impls/core/src/exc.c"
        text = (mutate.REPO / path).read_text()
        swap, plain = None, []
        for m in mutants.generate(text, path):
            r = dict(self.record("survived", "survived", function=m.function,
                                 description=m.description),
                     id=m.id, operator=m.operator, line=m.line,
                     source=text.splitlines()[m.line - 1].strip(),
                     key=mutate.Candidate(m.id, path, "operator", m.operator, m.line,
                                          m.description, text, m.apply(text)).key)
            rule = unobservable.matching_rule(r)
            if swap is None and rule and rule.get("equivalent"):
                swap = r
            elif rule is None and len(plain) < 2:
                plain.append(r)
        plain[0].update(verdict="killed", corpus="killed")
        return plain + [swap]

    def summarize_journal(self, records, *extra):
        with tempfile.TemporaryDirectory() as tmp:
            journal = Path(tmp) / "run.jsonl"
            journal.write_text("".join(json.dumps(r) + "\n" for r in records))
            options = mutate.parse_args(["--summarize", str(journal)] +
                                        [a.replace("TMP", tmp) for a in extra])
            with contextlib.redirect_stdout(io.StringIO()):
                mutate.summarize_only(options)
            return {f.name: json.loads(f.read_text()) for f in Path(tmp).glob("*.json")}

    def test_the_before_block_leaves_out_the_mutants_argued_equivalent_as_the_summary_does(self):
        written = self.summarize_journal(self.survivors_of_exc_c(), "--before", "TMP/run.jsonl",
                                         "--summary", "TMP/summary.json")["summary.json"]
        self.assertEqual(written["before_new_scenarios"]["non_equivalent"],
                         written["core"]["non_equivalent"])
        self.assertEqual(written["before_new_scenarios"]["non_equivalent"]["argued_equivalent"], 1)

    def test_a_summary_names_the_commit_a_revision_name_stood_for(self):
        head = subprocess.run(["git", "-C", str(mutate.REPO), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
        written = self.summarize_journal(self.survivors_of_exc_c(), "--rev", "HEAD",
                                         "--summary", "TMP/summary.json")["summary.json"]
        self.assertEqual(written["commit"], head)

    def test_a_revision_that_names_no_commit_is_refused_with_its_name(self):
        with contextlib.redirect_stderr(io.StringIO()) as err:
            status = mutate.main(["--rev", "no-such-revision", "--summarize", "unused.jsonl"])
        self.assertNotEqual(status, 0)
        self.assertIn("--rev no-such-revision: not a commit of", err.getvalue())

    def test_a_summary_writes_the_carried_records_as_results_that_mutants_from_selects_again(self):
        records = self.survivors_of_exc_c()
        results = self.summarize_journal(records, "--results", "TMP/results.json")["results.json"]
        self.assertEqual(sorted(r["id"] for r in results["mutants"]), sorted(r["id"] for r in records))
        survivors = [r for r in results["mutants"] if r["corpus"] == "survived"]
        self.assertEqual([r.get("argued_equivalent", False) for r in survivors], [False, True])
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "survivors.json"
            path.write_text(json.dumps({"mutants": survivors}))
            picked = mutate.select(mutate.parse_args(["--scope", "core", "--mutants-from", str(path)]),
                                   mutate.REPO)
        self.assertEqual([c.id for c in picked], [r["id"] for r in survivors])


class SelectionTests(unittest.TestCase):
    def test_every_mutant_of_the_sources_has_an_id_of_its_own(self):
        options = mutate.parse_args(["--scope", "all"])
        ids = [c.id for c in mutate.select(options, mutate.REPO)]
        self.assertEqual(len(ids), len(set(ids)))
        self.assertTrue(any(i.endswith(":0") and ":constant:" in i for i in ids))

    def test_a_later_pass_that_missed_a_mutant_does_not_undo_an_earlier_detection(self):
        import json
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            first, second = Path(tmp, "a.jsonl"), Path(tmp, "b.jsonl")
            first.write_text(json.dumps({"id": "m1", "key": "k1", "corpus": "killed"}) + "\n"
                             + json.dumps({"id": "m2", "key": "k2", "corpus": "survived"}) + "\n")
            second.write_text(json.dumps({"id": "m1", "key": "k1", "corpus": "survived"}) + "\n"
                              + json.dumps({"id": "m2", "key": "k2", "corpus": "timeout"}) + "\n")
            merged = {r["key"]: r["corpus"] for r in mutate.latest_records([str(first), str(second)])}
        self.assertEqual(merged, {"k1": "killed", "k2": "timeout"})

    def test_a_sample_is_the_same_for_the_same_seed(self):
        options = mutate.parse_args(["--scope", "core", "--sample", "5", "--seed", "3"])
        first = [c.id for c in mutate.select(options, mutate.REPO)]
        second = [c.id for c in mutate.select(options, mutate.REPO)]
        self.assertEqual(first, second)
        self.assertEqual(len(first), 5)

    def test_the_backend_folders_are_those_registering_a_backend(self):
        self.assertEqual(set(mutate.backends_of_tree(mutate.REPO)),
                         {"stackless", "ucontext", "asm", "threads", "fcontext", "pcl"})

    def test_core_mutants_run_on_every_backend_and_backend_mutants_on_their_own(self):
        backends = {"stackless": "stackless", "asm": "stackful", "threads": "stackful"}
        self.assertEqual(mutate.backends_checked("impls/core/src/gen.c", backends), list(backends))
        self.assertEqual(mutate.backends_checked("impls/stacks/stack.c", backends), ["asm", "threads"])
        self.assertEqual(mutate.backends_checked("impls/threads/threads.c", backends), ["threads"])


class PrivateTreeTests(unittest.TestCase):
    def test_a_changed_file_is_copied_newer_than_anything_built_before_even_if_edited_earlier(self):
        with tempfile.TemporaryDirectory() as tmp:
            repo, tree = Path(tmp) / "repo", Path(tmp) / "tree"
            (repo / "src").mkdir(parents=True)
            (tree / "src").mkdir(parents=True)
            (repo / "src" / "a.c").write_text("int a = 1;\n")
            (tree / "src" / "a.c").write_text("int a = 2;\n")  # a mutant, restored later
            (tree / "src" / "gone.c").write_text("")
            os.utime(repo / "src" / "a.c", (1000, 1000))  # edited before the last build
            before = time.time() - 1
            mutate.sync_tree(repo, tree)
            self.assertEqual((tree / "src" / "a.c").read_text(), "int a = 1;\n")
            self.assertGreater((tree / "src" / "a.c").stat().st_mtime, before)
            self.assertFalse((tree / "src" / "gone.c").exists())


class CarriedForwardTests(unittest.TestCase):
    OLD = "void f(int *p)\n{\n    use(p);\n    drop(p);\n    drop(p);\n}\n"
    # A fix added a line above, which moved every offset, and changed use(p).
    NEW = "void f(int *p)\n{\n    check(p);\n    use(p, 1);\n    drop(p);\n    drop(p);\n}\n"

    def records(self, text):
        path = "impls/core/src/a.c"
        return [{"id": m.id, "key": mutate.Candidate(m.id, path, "operator", m.operator, m.line,
                                                      m.description, text, m.apply(text)).key,
                 "file": path, "kind": "operator", "operator": m.operator, "line": m.line,
                 "function": m.function, "description": m.description,
                 "source": text.splitlines()[m.line - 1].strip(), "corpus": "killed"}
                for m in mutants.generate(text, path)]

    def test_records_of_older_sources_name_the_same_changes_of_the_current_ones(self):
        with tempfile.TemporaryDirectory() as tmp:
            repo = Path(tmp)
            (repo / "impls" / "core" / "src").mkdir(parents=True)
            (repo / "impls" / "core" / "src" / "a.c").write_text(self.NEW)
            carried, gone = mutate.carried_forward(self.records(self.OLD), repo)
        current = {r["key"]: r for r in self.records(self.NEW)}
        for r in carried:
            self.assertEqual((r["description"], r["source"], r["line"]),
                             (current[r["key"]]["description"], current[r["key"]]["source"],
                              current[r["key"]]["line"]))
        # the two deleted drop(p) calls pair up in file order
        self.assertEqual(sorted((r["line"], r["id"]) for r in carried
                                if r["description"] == "deleted: drop(p);"),
                         sorted((r["line"], r["id"]) for r in current.values()
                                if r["description"] == "deleted: drop(p);"))
        # use(p) changed: its mutants are no longer those of the current sources
        self.assertIn("deleted: use(p);", [r["description"] for r in gone])
        self.assertFalse([r for r in carried if "use(p)" in r["source"]])


class CommandLineTests(unittest.TestCase):
    def fails(self, argv):
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            self.assertEqual(mutate.main(argv), 2)
        return err.getvalue()

    def test_jobs_must_be_positive_and_cannot_be_combined_with_a_shard(self):
        self.assertIn("--jobs 0: expected 1 or more", self.fails(["--jobs", "0", "--list"]))
        self.assertIn("--jobs makes its own shards", self.fails(["--jobs", "2", "--shard", "0/2", "--list"]))


class CoverageSelectionTests(unittest.TestCase):
    MAP_DATA = {
        "executable": {"a.c": [10, 11, 12, 20]},
        "scenarios": {"s/one": {"a.c": [10, 11]}, "s/two": {"a.c": [20]}, "s/none": {}},
        "programs": {"p": {"a.c": [12]},
                     "c" + coverage.TEST_SEPARATOR + "suite/one": {"a.c": [10, 12]},
                     "c" + coverage.TEST_SEPARATOR + "suite/two": {"a.c": [10]},
                     "c" + coverage.TEST_SEPARATOR + "suite/none": {}}}
    MAP = coverage.CoverageMap(MAP_DATA)

    def test_changed_lines_are_those_a_mutant_rewrites(self):
        for m in mutants.generate(SOURCE, "x.c"):
            lines = coverage.changed_lines(SOURCE, m.apply(SOURCE))
            self.assertIn(m.line, lines, m.description)
            if m.operator == "swap":
                self.assertEqual(len(lines), 2, m.description)

    def test_only_the_runs_that_run_a_changed_line_are_selected(self):
        self.assertEqual(self.MAP.scenarios_for("a.c", [10], "f"), ["s/one"])
        self.assertEqual(self.MAP.scenarios_for("a.c", [11, 20], "f"), ["s/one", "s/two"])
        self.assertEqual(self.MAP.runtime_for("a.c", [12], "f"), {"p": None, "c": ["suite/one"]})
        self.assertEqual(self.MAP.runtime_for("a.c", [10], "f"), {"c": ["suite/one", "suite/two"]})

    def test_a_line_no_run_reaches_selects_nothing(self):
        self.assertEqual(self.MAP.scenarios_for("a.c", [12], "f"), [])
        self.assertEqual(self.MAP.runtime_for("a.c", [11], "f"), {})

    def test_coverage_that_cannot_answer_selects_everything(self):
        # Lines gcov says hold no code, a file it never saw, code outside functions.
        self.assertIsNone(self.MAP.scenarios_for("a.c", [15], "f"))
        self.assertIsNone(self.MAP.scenarios_for("b.c", [10], "f"))
        self.assertIsNone(self.MAP.scenarios_for("a.c", [10], ""))
        self.assertIsNone(self.MAP.runtime_for("a.c", [15], "f"))

    def test_a_corpus_only_map_selects_scenarios_and_every_runtime_program(self):
        corpus_only = coverage.CoverageMap(dict(self.MAP_DATA, programs=None))
        self.assertEqual(corpus_only.scenarios_for("a.c", [10], "f"), ["s/one"])
        self.assertIsNone(corpus_only.runtime_for("a.c", [12], "f"))

    def test_a_corpus_only_map_serves_only_corpus_only_runs_and_a_full_map_serves_both(self):
        with tempfile.TemporaryDirectory() as tmp:
            shared = Path(tmp) / "shared" / "map.json"
            collector = coverage.Collector(Path(tmp), Path(tmp) / "build", Path(tmp), ["a.c"],
                                           ["3.13"], print, map_file=shared)
            self.assertIsNone(collector.cached(with_programs=False))  # no map yet
            shared.parent.mkdir()
            for programs, serves_full_runs in ((None, False), (self.MAP_DATA["programs"], True)):
                shared.write_text(json.dumps(dict(self.MAP_DATA, programs=programs,
                                                  digest=collector.digest())))
                self.assertIsNotNone(collector.cached(with_programs=False))
                self.assertEqual(collector.cached(with_programs=True) is not None, serves_full_runs)
            shared.write_text(json.dumps(dict(self.MAP_DATA, digest="another tree")))
            self.assertIsNone(collector.cached(with_programs=False))

    def test_a_criterion_listing_names_each_test_by_suite(self):
        listing = ("comparisons: 2 tests\n"
                   "├── order_ints\n"
                   "└── truthiness\n"
                   "exceptions: 1 test\n"
                   "└── match_ancestors\n")
        self.assertEqual(coverage.criterion_tests(listing),
                         ["comparisons/order_ints", "comparisons/truthiness",
                          "exceptions/match_ancestors"])


VERSIONED = r'''static int minor(void) { return config.python_minor; }

void touch(struct gen *g, int x)
{
    g->a = 1;
    if (config.python_minor == 10)
        g->b = 2;
    else if (x) {
        g->c = 3;
    }
    g->d = 4;
    g->e = config.python_minor >= 12 ? 5 : 6;
}

void set_flag(struct gen *g, bool on) { g->flag = on; }

int flag_shows(struct gen *g)
{
    if (g->flag && config.python_minor == 10)
        return g->a;
    return g->a + g->e;
}
'''


class MemcheckStepTests(unittest.TestCase):
    """Code no scenario runs is watched for memory errors by its runtime tests under memcheck."""
    LISTING = {"tests": [
        {"name": "lifetime on the asm backend", "command": ["/b/impls/tests/test_lifetime"],
         "properties": [{"name": "ENVIRONMENT", "value": ["YIELDSPEC_TEST_BACKEND=asm"]}]},
        {"name": "memcheck: lifetime on the asm backend",
         "command": ["/usr/bin/valgrind", "-q", "/b/impls/tests/test_lifetime"],
         "properties": [{"name": "ENVIRONMENT", "value": ["YIELDSPEC_TEST_BACKEND=asm"]}]},
        {"name": "threads stress", "command": ["/b/impls/threads/stress"]},
        {"name": "a spec tool", "command": ["/usr/bin/python3", "/b/tool.py"]},
    ]}

    class StubBuild:
        def ninja(self, targets):
            return "pass", 0.0, ""

        def objects(self):
            return {}

    def entries(self):
        return mutate.runtime_entries(self.LISTING, Path("/b"), lambda program: program.name == "test_lifetime")

    def test_each_runtime_program_carries_its_memcheck_entry_and_nothing_else_is_a_runtime_test(self):
        lifetime, stress = self.entries()
        self.assertEqual(lifetime["name"], "lifetime on the asm backend")
        self.assertEqual(lifetime["memcheck"], ["/usr/bin/valgrind", "-q", "/b/impls/tests/test_lifetime"])
        self.assertEqual(lifetime["env"]["YIELDSPEC_TEST_BACKEND"], "asm")
        self.assertTrue(lifetime["criterion"])
        self.assertEqual((stress["target"], stress["memcheck"], stress["criterion"]),
                         ("impls/threads/stress", None, False))

    def test_a_criterion_filter_names_one_test_or_an_alternation_and_none_runs_everything(self):
        self.assertEqual(mutate.criterion_filter(["p"], None), ["p"])
        self.assertEqual(mutate.criterion_filter(["p"], ["s/a"]), ["p", "--filter", "s/a"])
        self.assertEqual(mutate.criterion_filter(["p"], ["s/a", "s/b"]), ["p", "--filter", "@(s/a|s/b)"])

    def judge(self):
        judge = mutate.Judge(self.StubBuild(), {}, self.entries(), 60, 300, print,
                             pythons=mutate.PYTHONS)
        judge.sanitizer = self.StubBuild()
        judge.run_corpus = lambda path, selected, pythons: ("pass", "")
        judge.run_sanitized = lambda c, scenarios, pythons: ("pass", "")
        judge.run_runtime_suite = lambda timeout, programs: ("pass", "")
        judge.pythons_for = lambda c: list(mutate.PYTHONS)
        return judge

    def steps(self, scenarios, programs, memcheck=("fail", "memcheck: leak")):
        judge, called = self.judge(), []
        judge.selection = lambda c: (scenarios, programs)
        judge.run_memcheck = lambda c, selected: called.append(selected) or memcheck
        return judge._run_steps(mutate.Candidate("x", "impls/core/src/runtime.c", "operator", "delete",
                                                 1, "", "", "", "")), called

    def test_a_mutant_no_scenario_runs_is_judged_by_its_runtime_tests_under_memcheck(self):
        programs = {"lifetime on the asm backend": ["finalization/t"]}
        record, called = self.steps([], programs)
        self.assertEqual((record["verdict"], record["memcheck"], called), ("killed", "killed", [programs]))

    def test_a_mutant_scenarios_run_or_no_test_reaches_goes_without_memcheck(self):
        record, called = self.steps(["s/one"], {"lifetime on the asm backend": None})
        self.assertEqual((record["verdict"], "memcheck" in record, called), ("survived", False, []))
        record, called = self.steps([], {})
        self.assertEqual((record["verdict"], called), ("survived", []))

    CLEAN = "[====] Synthesis: Tested: 1 | Passing: 1 | Failing: 0 | Crashing: 0\n"
    LEAK = CLEAN + "==41== \n==41== 32 bytes in 1 blocks are definitely lost in loss record 1 of 2\n"

    def memcheck(self, *outputs, judge=None):
        """run_memcheck of a mutant of f.c whose memcheck runs print `outputs` in turn (the
        last one again and again): (status, detail), the commands run, the source's text after."""
        judge = judge or self.judge()
        with tempfile.TemporaryDirectory() as tree:
            judge.build.tree = Path(tree)
            (Path(tree) / "f.c").write_text("mutated")
            c = mutate.Candidate("f.c:1", "f.c", "operator", "delete", 1, "", "original", "mutated", "")
            commands, left = [], list(outputs)
            real_run = mutate.run
            mutate.run = lambda command, **kw: (commands.append(command) or
                                                ("pass", 1.0, left.pop(0) if len(left) > 1 else left[0]))
            try:
                result = judge.run_memcheck(c, {"lifetime on the asm backend": ["finalization/t"],
                                                "threads stress": None})
            finally:
                mutate.run = real_run
            return result, commands, (Path(tree) / "f.c").read_text()

    def test_a_valgrind_report_the_unmutated_program_does_not_give_fails_the_step_and_is_its_detail(self):
        (status, detail), commands, source = self.memcheck(self.LEAK, self.LEAK, self.CLEAN)
        self.assertEqual(status, "fail")
        self.assertIn("definitely lost", detail)
        self.assertEqual(len(commands), 3, "a failure is run twice, then on the unmutated program")
        self.assertEqual(source, "mutated", "the mutant is put back after the unmutated run")

    def test_a_report_the_unmutated_program_gives_too_judges_nothing_and_is_looked_up_once(self):
        judge = self.judge()
        (status, _), commands, _ = self.memcheck(self.LEAK, judge=judge)
        self.assertEqual((status, len(commands)), ("pass", 3))
        (status, _), commands, _ = self.memcheck(self.LEAK, judge=judge)
        self.assertEqual((status, len(commands)), ("pass", 2))

    def test_a_clean_run_passes_and_programs_without_a_memcheck_entry_are_left_out(self):
        (status, _), commands, _ = self.memcheck(self.CLEAN)
        self.assertEqual(status, "pass")
        self.assertEqual(commands, [["/usr/bin/valgrind", "-q", "/b/impls/tests/test_lifetime",
                                     "--filter", "finalization/t"]])


class SanitizerStepTests(unittest.TestCase):
    class StubBuild:
        dir = Path("/b")

        def objects(self):
            return {}

    def test_the_corpus_runs_batched_but_for_the_leak_check_which_runs_a_process_per_cell(self):
        build = self.StubBuild()
        judge = mutate.Judge(build, {}, [], 60, 300, print, pythons=["3.13"], sanitizer=build)
        plain, = judge.corpus_commands("impls/core/src/gen.c", ["s/one"], build, ["asm"])
        leaks, = judge.corpus_commands("impls/core/src/gen.c", ["s/one"], build, ["threads"],
                                       leak_check=True)
        self.assertIn("--batch", plain)
        self.assertNotIn("--batch", leaks)
        self.assertEqual([a for a in plain if a != "--batch"][1:],
                         [a.replace("threads", "asm") for a in leaks][1:])


class VersionDependentTests(unittest.TestCase):
    class NoBuild:
        def objects(self):
            return {}

    def judge(self, coverage_map=None, version_pythons=mutate.ALL_PYTHONS):
        return mutate.Judge(self.NoBuild(), {}, [], 60, 300, print, pythons=mutate.PYTHONS,
                            coverage=coverage_map, version_pythons=version_pythons)

    def candidate(self, operator, line):
        m = next(m for m in mutants.generate(VERSIONED, "v.c") if m.operator == operator and m.line == line)
        return mutate.Candidate(m.id, "v.c", "operator", operator, line, m.description, VERSIONED,
                                m.apply(VERSIONED), m.function)

    def test_lines_reading_the_version_decide_themselves_and_the_if_decides_what_it_controls(self):
        self.assertEqual(mutants.version_controls(VERSIONED, "v.c"),
                         {1: 1, 6: 6, 7: 6, 8: 6, 9: 6, 10: 6, 12: 12, 15: 15, 19: 19, 20: 19})

    def test_a_line_writing_a_field_only_version_dependent_lines_read_is_version_dependent(self):
        judge = self.judge()
        self.assertEqual(judge.pythons_for(self.candidate("delete", 15)), list(mutate.ALL_PYTHONS))
        self.assertEqual(judge.pythons_for(self.candidate("delete", 5)), list(mutate.PYTHONS))
        self.assertEqual(judge.pythons_for(self.candidate("delete", 11)), list(mutate.PYTHONS))

    def test_version_dependent_mutants_run_on_every_target_and_the_others_on_the_runs(self):
        judge = self.judge()
        self.assertEqual(judge.pythons_for(self.candidate("delete", 7)), list(mutate.ALL_PYTHONS))
        self.assertEqual(judge.pythons_for(self.candidate("relational", 6)), list(mutate.ALL_PYTHONS))
        self.assertEqual(judge.pythons_for(self.candidate("delete", 11)), list(mutate.PYTHONS))
        chosen = self.judge(version_pythons=None)  # --python given: its targets for every mutant
        self.assertEqual(chosen.pythons_for(self.candidate("delete", 7)), list(mutate.PYTHONS))

    def test_a_line_only_other_versions_run_selects_the_scenarios_reaching_its_deciding_if(self):
        # A map made on 3.11 and 3.13, where line 7 (3.10 only) never runs.
        reach = coverage.CoverageMap({"executable": {"v.c": [5, 6, 7, 11]},
                                      "scenarios": {"s/reaches": {"v.c": [5, 6, 11]},
                                                    "s/elsewhere": {"v.c": [11]}},
                                      "programs": None})
        scenarios, _ = self.judge(reach).selection(self.candidate("delete", 7))
        self.assertEqual(scenarios, ["s/reaches"])
        scenarios, _ = self.judge(reach).selection(self.candidate("delete", 5))
        self.assertEqual(scenarios, ["s/reaches"])


if __name__ == "__main__":
    unittest.main()
