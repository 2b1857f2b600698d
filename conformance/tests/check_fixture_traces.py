#!/usr/bin/env python3
"""Check that the fixtures' golden traces are what the oracle writes for their .py files.

usage: check_fixture_traces.py

The hand-written C fixtures are judged against fixtures/spec/traces/cpython-3.X, which the
oracle (spec/tools/oracle.py) wrote from fixtures/spec/scenarios. This re-runs it with every
CPython 3.11 and 3.13 found here (as spec/tools/regen.py finds them) and prints a unified diff
for each trace that differs. Exit 1 on a difference, 77 (skipped) when neither CPython exists.
"""
import difflib
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOOLS = HERE.parent.parent / "spec" / "tools"
FIXTURE_SPEC = HERE / "fixtures" / "spec"
TARGET_MINORS = (11, 13)
EXIT_SKIPPED = 77

sys.path.insert(0, str(TOOLS))
from regen import find_cpythons  # noqa: E402


def main():
    interpreters = find_cpythons(TARGET_MINORS)
    if not interpreters:
        return EXIT_SKIPPED
    scenarios_root = FIXTURE_SPEC / "scenarios"
    stale = 0
    for interpreter in interpreters:
        for scenario in sorted(scenarios_root.glob("*/*.py")):
            relative = scenario.relative_to(scenarios_root).with_suffix(".trace")
            committed_path = FIXTURE_SPEC / "traces" / interpreter.directory / relative
            fresh = subprocess.run(
                [interpreter.executable, "-I", str(TOOLS / "oracle.py"), "--root", str(scenarios_root),
                 str(scenario)], capture_output=True, text=True, check=True).stdout
            committed = committed_path.read_text(encoding="utf-8") if committed_path.exists() else ""
            if fresh != committed:
                stale += 1
                sys.stdout.writelines(difflib.unified_diff(
                    committed.splitlines(keepends=True), fresh.splitlines(keepends=True),
                    str(committed_path), f"{interpreter.label} oracle"))
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
