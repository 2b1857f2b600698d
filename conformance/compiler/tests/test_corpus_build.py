"""The corpus build: one compiler process, only changed outputs rewritten, every invalid scenario reported.

The build tests configure a small CMake project (a Ninja build, like every preset) that
compiles a copy of some fixture scenarios with ys_compile_scenarios(), and read what ninja
ran. CMAKE_COMMAND and CMAKE_MAKE_PROGRAM name the tools (ctest sets them).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest
from pathlib import Path

COMPILER = Path(__file__).resolve().parent.parent / "ys_compile.py"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
REPO = COMPILER.parent.parent.parent
VALID = ["spec/scenarios/misc/loop_forms.py", "spec/scenarios/misc/unbound_local_read.py",
         "spec/scenarios/finalization/frame_clear_order.py"]
NOT_A_GENERATOR = '''\
    """Broken: a new step names an exception class, not a function of the file."""


    def g():
        return 1


    DRIVE = [("new", "g", "ValueError")]
    '''
UNKNOWN_NAME = '''\
    """Broken: a step names a generator never created."""


    def g():
        yield 1


    DRIVE = [
        ("new", "g", "g"),
        ("next", "h"),
    ]
    '''


def make_tree(root, broken=()):
    """A scenario tree at ROOT: the VALID fixtures plus (relative path, source) pairs."""
    for scenario in VALID:
        Path(root, scenario).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(FIXTURES / scenario, Path(root, scenario))
    for scenario, source in broken:
        Path(root, scenario).parent.mkdir(parents=True, exist_ok=True)
        Path(root, scenario).write_text(textwrap.dedent(source))


def run_corpus(tree, out_dir, stamp):
    scenarios = sorted(p.relative_to(tree).as_posix() for p in Path(tree, "spec/scenarios").rglob("*.py"))
    listing = Path(out_dir, "list.txt")
    listing.parent.mkdir(parents=True, exist_ok=True)
    listing.write_text("\n".join(scenarios) + "\n")
    return subprocess.run([sys.executable, str(COMPILER), "corpus", "--repo", str(tree), "--list", str(listing),
                           "--out-dir", str(out_dir), "--stamp", str(stamp)],
                          cwd=tree, capture_output=True, text=True)


class CorpusCommand(unittest.TestCase):
    def test_every_invalid_scenario_is_reported_with_file_and_line_then_it_fails(self):
        with tempfile.TemporaryDirectory() as tree:
            make_tree(tree, [("spec/scenarios/misc/a_not_a_generator.py", NOT_A_GENERATOR),
                             ("spec/scenarios/send/z_unknown_name.py", UNKNOWN_NAME)])
            out_dir, stamp = Path(tree, "out"), Path(tree, "out/compiled.stamp")
            stale = out_dir / "misc/a_not_a_generator.c"
            stale.parent.mkdir(parents=True)
            stale.write_text("/* stale result of an earlier run */\n")
            result = run_corpus(tree, out_dir, stamp)
            self.assertEqual(result.returncode, 1)
            lines = result.stderr.splitlines()
            self.assertEqual(len(lines), 3, result.stderr)
            self.assertRegex(lines[0], r"^spec/scenarios/misc/a_not_a_generator\.py:8: .+")
            self.assertRegex(lines[1], r"^spec/scenarios/send/z_unknown_name\.py:10: .*unknown generator 'h'")
            self.assertEqual(lines[2], "2 of 5 scenarios are invalid")
            self.assertFalse(stale.exists(), "an invalid scenario's old output is removed")
            self.assertFalse(stamp.exists(), "a failed run leaves the build out of date")

    def test_outputs_get_the_umask_mode_and_are_rewritten_only_when_their_text_changes(self):
        with tempfile.TemporaryDirectory() as tree:
            make_tree(tree)
            out_dir, stamp = Path(tree, "out"), Path(tree, "out/compiled.stamp")
            old_umask = os.umask(0o022)
            try:
                self.assertEqual(run_corpus(tree, out_dir, stamp).returncode, 0)
            finally:
                os.umask(old_umask)
            outputs = [out_dir / "misc/loop_forms.c", out_dir / "misc/unbound_local_read.c",
                       out_dir / "finalization/frame_clear_order.c", out_dir / "scenario_index.c"]
            for output in outputs:
                self.assertEqual(output.stat().st_mode & 0o777, 0o644, output)
            self.assertEqual([p.name for p in out_dir.rglob(".*")], [], "no temporary file is left")
            before = {p: p.stat().st_mtime_ns for p in outputs}
            os.utime(stamp, ns=(0, 0))
            scenario = Path(tree, "spec/scenarios/misc/loop_forms.py")
            scenario.write_text(scenario.read_text().replace("2", "3"))
            self.assertEqual(run_corpus(tree, out_dir, stamp).returncode, 0)
            changed = [p.name for p in outputs if p.stat().st_mtime_ns != before[p]]
            self.assertEqual(changed, ["loop_forms.c"])
            self.assertGreater(stamp.stat().st_mtime_ns, 0, "the stamp is touched even when its text is the same")

    def test_the_index_lists_every_scenario_sorted_and_null_terminated(self):
        with tempfile.TemporaryDirectory() as tree:
            make_tree(tree)
            self.assertEqual(run_corpus(tree, Path(tree, "out"), Path(tree, "out/stamp")).returncode, 0)
            entries = re.findall(r"^    (&\w+|NULL),$", Path(tree, "out/scenario_index.c").read_text(), re.M)
            self.assertEqual(entries, ["&ys_scenario_finalization__frame_clear_order", "&ys_scenario_misc__loop_forms",
                                       "&ys_scenario_misc__unbound_local_read", "NULL"])


PROJECT = '''\
cmake_minimum_required(VERSION 3.21)
project(corpus_build_test C)
find_package(Python3 REQUIRED COMPONENTS Interpreter)
add_library(ys_compiled_scenario_support INTERFACE)
target_include_directories(ys_compiled_scenario_support INTERFACE
  "{repo}/conformance/compiler/support" "{repo}/conformance/include" "{repo}/impls/core/include")
include("{repo}/conformance/compiler/CompileScenarios.cmake")
ys_compile_scenarios(scenarios "{tree}")
'''


class NinjaBuild(unittest.TestCase):
    """What ninja runs for the corpus in a real build directory."""

    def setUp(self):
        self.cmake = os.environ.get("CMAKE_COMMAND", "cmake")
        self.ninja = os.environ.get("CMAKE_MAKE_PROGRAM", "ninja")
        work = tempfile.TemporaryDirectory()
        self.addCleanup(work.cleanup)
        self.tree, self.project, self.build = (Path(work.name, d) for d in ("tree", "project", "build"))
        self.project.mkdir()

    def configure(self):
        self.project.joinpath("CMakeLists.txt").write_text(PROJECT.format(repo=REPO.as_posix(), tree=self.tree.as_posix()))
        subprocess.run([self.cmake, "-G", "Ninja", f"-DCMAKE_MAKE_PROGRAM={self.ninja}",
                        f"-DPython3_EXECUTABLE={sys.executable}", "-S", str(self.project), "-B", str(self.build)],
                       check=True, capture_output=True, text=True)

    def build_commands(self):
        """(exit status, output, descriptions of the commands ninja ran) of one build."""
        result = subprocess.run([self.ninja, "-C", str(self.build)], capture_output=True, text=True)
        ran = re.findall(r"^\[\d+/\d+\] (.*)$", result.stdout, re.M)
        return result.returncode, result.stdout + result.stderr, [r for r in ran if "globbed directories" not in r]

    def test_a_second_build_with_no_change_runs_no_compiler_and_an_edit_recompiles_one_c_file(self):
        make_tree(self.tree)
        self.configure()
        status, output, ran = self.build_commands()
        self.assertEqual(status, 0, output)
        self.assertEqual(sum("Compiling the scenarios" in r for r in ran), 1, ran)
        self.assertEqual(sum(r.startswith("Building C object") for r in ran), 4, ran)

        status, output, ran = self.build_commands()
        self.assertEqual(status, 0, output)
        self.assertEqual(ran, [], "a build after no change runs nothing")
        self.assertIn("no work to do", output)

        scenario = self.tree / "spec/scenarios/misc/loop_forms.py"
        scenario.write_text(scenario.read_text().replace("2", "3"))
        status, output, ran = self.build_commands()
        self.assertEqual(status, 0, output)
        compiled = [r for r in ran if r.startswith("Building C object")]
        self.assertEqual(len(compiled), 1, ran)
        self.assertIn("loop_forms.c", compiled[0])

    def test_a_build_with_two_invalid_scenarios_reports_both_and_fails_again_next_time(self):
        make_tree(self.tree, [("spec/scenarios/misc/a_not_a_generator.py", NOT_A_GENERATOR),
                              ("spec/scenarios/send/z_unknown_name.py", UNKNOWN_NAME)])
        self.configure()
        for attempt in ("first", "second"):
            status, output, _ = self.build_commands()
            self.assertNotEqual(status, 0, attempt)
            self.assertRegex(output, r"(?m)^spec/scenarios/misc/a_not_a_generator\.py:8: ")
            self.assertRegex(output, r"(?m)^spec/scenarios/send/z_unknown_name\.py:10: ")
            self.assertIn("2 of 5 scenarios are invalid", output)


if __name__ == "__main__":
    unittest.main()
