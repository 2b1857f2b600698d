#!/usr/bin/env python3
"""The yieldspec scenario compiler.

    ys_compile.py corpus --list LIST --out-dir DIR --stamp STAMP [--repo DIR]
        compile every scenario named in LIST (one spec/scenarios/<category>/<name>.py
        per line, relative to --repo) to DIR/<category>/<name>.c and write their index
        DIR/scenario_index.c, all in this one process: the build's way;
    ys_compile.py scenario SCENARIO.py --output OUT.c [--repo DIR]
        compile one scenario to C.

A scenario outside the subset, or one this compiler cannot lower, is reported as
`file:line: reason` on stderr and no output file is left for it; `corpus` reports every
invalid scenario before it fails, then exits with status 1 without touching STAMP. Output is
written to a temporary file and renamed (with the oracle's write_atomically: the mode open()
would give, 0644 under umask 022), so a failed or interrupted run never
leaves a partial file behind, and only when its text changed: a rebuild after an edit to
one scenario gives the C compiler one changed file, not all of them.
"""
import argparse
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO / "spec" / "tools"))
sys.path.insert(0, str(HERE))

import subset  # noqa: E402  (spec/tools: the scenario parser and validator)
from oracle import write_atomically as replace_file  # noqa: E402
from yscompiler.lower import LoweringError  # noqa: E402
from yscompiler.module import ScenarioWriter, index_source  # noqa: E402


def write_if_changed(path, text):
    """Replace PATH by TEXT unless it already holds exactly that; True if it was written.

    Leaving an unchanged file alone keeps its modification time, so the build (ninja
    restats the compiler's outputs) recompiles only the C files whose text changed."""
    path = Path(path)
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except (FileNotFoundError, UnicodeDecodeError):
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_file(path, text)
    return True


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


def compile_corpus(scenarios, repo, out_dir):
    """Compile every scenario to OUT_DIR/<category>/<name>.c and write the index.

    Returns the ScenarioErrors, one per invalid scenario, in the order given; the output
    of an invalid scenario is removed, never left stale to be linked."""
    errors = []
    for path in scenarios:
        output = Path(out_dir, scenario_name(path) + ".c")
        try:
            text = compile_scenario(path, repo, str(output))
        except subset.ScenarioError as e:
            errors.append(e)
            output.unlink(missing_ok=True)
            continue
        write_if_changed(output, text)
    write_if_changed(Path(out_dir, "scenario_index.c"), index_source(scenario_name(p) for p in scenarios))
    return errors


def read_list(path):
    """The scenario paths of a list file, one per line (blank lines ignored)."""
    return [line for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    commands = parser.add_subparsers(dest="command", required=True)
    corpus = commands.add_parser("corpus", help="compile every listed scenario and write their index")
    corpus.add_argument("--list", required=True, help="file naming one scenario per line")
    corpus.add_argument("--out-dir", required=True)
    corpus.add_argument("--stamp", required=True, help="file touched when every scenario compiled")
    corpus.add_argument("--repo", default=".", help="the tree the listed paths are relative to (default: .)")
    one = commands.add_parser("scenario", help="compile one scenario to C")
    one.add_argument("scenario")
    one.add_argument("--output", required=True)
    one.add_argument("--repo", default=str(REPO), help="the repository root (default: this checkout)")
    args = parser.parse_args(argv)

    if args.command == "corpus":
        try:
            scenarios = read_list(args.list)
        except OSError as e:
            print(f"{args.list}: cannot read the scenario list: {e.strerror}", file=sys.stderr)
            return 1
        errors = compile_corpus(scenarios, args.repo, args.out_dir)
        for error in errors:
            print(error, file=sys.stderr)
        if errors:
            print(f"{len(errors)} of {len(scenarios)} scenarios are invalid", file=sys.stderr)
            return 1
        write_if_changed(args.stamp, f"{len(scenarios)} scenarios compiled\n")
        os.utime(args.stamp)  # newer than every input even when its text is unchanged
        return 0
    try:
        text = compile_scenario(args.scenario, args.repo, args.output)
    except subset.ScenarioError as e:
        print(e, file=sys.stderr)
        Path(args.output).unlink(missing_ok=True)  # never leave a stale result to be linked
        return 1
    write_if_changed(args.output, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
