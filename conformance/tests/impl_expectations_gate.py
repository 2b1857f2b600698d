#!/usr/bin/env python3
"""An external implementation passes a slice of the corpus with its expectations file, and fails
naming the scenario once one entry of that file is removed.

usage: impl_expectations_gate.py --yieldspec PATH --expectations DIR --impl NAME --needs PROGRAM
                                 [--scenario GLOB]...

The slice is the scenarios of the file's first entry plus the given globs (the whole corpus runs in
scripts/main). Exit 77 (skipped) when PROGRAM, the implementation's own tool, is not installed.
"""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

EXIT_SKIPPED = 77
ENTRY = re.compile(r"\s*(?P<pattern>[^\s#:][^\s:]*)[^:]*:")


def check(yieldspec, impl, expectations, globs):
    command = [yieldspec, "check", "--impl", impl, "--expectations", str(expectations)]
    for glob in globs:
        command += ["--scenario", glob]
    return subprocess.run(command, capture_output=True, text=True, timeout=3600)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--yieldspec", required=True)
    parser.add_argument("--expectations", type=Path, required=True)
    parser.add_argument("--impl", required=True)
    parser.add_argument("--needs", required=True)
    parser.add_argument("--scenario", action="append", default=[])
    options = parser.parse_args()
    if shutil.which(options.needs) is None:
        print(f"skipped: {options.needs} is not installed (scripts/setup-debian installs it)")
        return EXIT_SKIPPED

    lines = (options.expectations / f"{options.impl}.txt").read_text(encoding="utf-8").splitlines(True)
    first = next(i for i, line in enumerate(lines) if ENTRY.match(line))
    pattern = ENTRY.match(lines[first]).group("pattern")
    globs = [pattern] + options.scenario

    intact = check(options.yieldspec, options.impl, options.expectations, globs)
    if intact.returncode != 0:
        print(f"with {options.impl}.txt intact: exit {intact.returncode}, expected 0\n{intact.stdout}{intact.stderr}")
        return 1
    with tempfile.TemporaryDirectory(prefix="yieldspec-gate-") as tmp:
        trimmed = Path(tmp) / "expectations"
        shutil.copytree(options.expectations, trimmed)
        (trimmed / f"{options.impl}.txt").write_text("".join(lines[:first] + lines[first + 1:]), encoding="utf-8")
        cut = check(options.yieldspec, options.impl, trimmed, globs)
    named = re.search(rf"^FAIL  {re.escape(options.impl)} {pattern.replace('*', '.*')}: mismatch", cut.stdout, re.M)
    if cut.returncode != 1 or not named:
        print(f"without the entry for {pattern}: exit {cut.returncode}, expected 1 and a FAIL line naming it\n"
              f"{cut.stdout}{cut.stderr}")
        return 1
    print(f"{options.impl}: exit 0 with its expectations on {', '.join(globs)}; "
          f"without the entry for {pattern}: exit 1, \"{named.group(0)}\"")
    return 0


if __name__ == "__main__":
    sys.exit(main())
