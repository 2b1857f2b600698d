#!/usr/bin/env python3
"""The yieldspec scenario compiler.

    ys_compile.py scenario SCENARIO.py --output OUT.c [--repo DIR]
        compile one scenario (spec/scenarios/<category>/<name>.py) to C;
    ys_compile.py index --output OUT.c SCENARIO.py...
        write ys_all_scenarios[], the index of those scenarios.

A scenario outside the subset, or one this compiler cannot lower, is reported as
`file:line: reason` on stderr with exit status 1, and no output file is written. Output
is written to a temporary file and renamed, so a failed or interrupted run never leaves a
partial file behind.
"""
import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO / "spec" / "tools"))
sys.path.insert(0, str(HERE))

import subset  # noqa: E402  (spec/tools: the scenario parser and validator)
from yscompiler.lower import LoweringError  # noqa: E402
from yscompiler.module import ScenarioWriter, index_source  # noqa: E402


def write_atomically(path, text):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix="." + path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise


def compile_scenario(path, repo, output):
    """The C text of one scenario; raises subset.ScenarioError."""
    root = Path(repo) / "spec" / "scenarios"
    scenario = subset.load_scenario(path, root)
    source = Path(path).read_text(encoding="utf-8")
    source_file = Path(path).resolve().relative_to(Path(repo).resolve()).as_posix()
    try:
        return ScenarioWriter(scenario, source, source_file, output).write()
    except LoweringError as e:
        raise subset.ScenarioError(path, e.line, e.reason) from None


def scenario_name(path):
    path = Path(path)
    return f"{path.parent.name}/{path.stem}"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("scenario", help="compile one scenario to C")
    one.add_argument("scenario")
    one.add_argument("--output", required=True)
    one.add_argument("--repo", default=str(REPO), help="the repository root (default: this checkout)")
    index = commands.add_parser("index", help="write ys_all_scenarios[] for these scenarios")
    index.add_argument("scenarios", nargs="*")
    index.add_argument("--output", required=True)
    args = parser.parse_args(argv)

    if args.command == "index":
        write_atomically(args.output, index_source(scenario_name(p) for p in args.scenarios))
        return 0
    try:
        text = compile_scenario(args.scenario, args.repo, args.output)
    except subset.ScenarioError as e:
        print(e, file=sys.stderr)
        Path(args.output).unlink(missing_ok=True)  # never leave a stale result to be linked
        return 1
    write_atomically(args.output, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
