#!/usr/bin/env python3
"""Check that scenarios are inside the subset of spec/SUBSET.md.

usage: validate.py [--root DIR] [--counts] [PATH...]
PATH is a scenario file or a directory searched for *.py (default: the whole corpus, spec/scenarios).
Prints one "file:line: rule broken" line per error on stderr and exits 1 if there is any;
otherwise prints the number of scenarios checked and exits 0.
"""
import argparse
from collections import Counter
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from subset import CATEGORIES, default_root, validate_file  # noqa: E402


def scenario_files(paths):
    for path in paths:
        if path.is_dir():
            yield from sorted(path.rglob("*.py"))
        else:
            yield path


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    parser.add_argument("--counts", action="store_true", help="also print the number of scenarios per category")
    parser.add_argument("--root", type=Path, default=None,
                        help="the directory holding <category>/<name>.py (default: spec/scenarios)")
    options = parser.parse_args(argv)
    root = options.root or default_root()
    paths = options.paths or [root]
    for path in paths:
        if not path.exists():
            parser.error(f"{path}: no such file or directory")

    checked, errors = Counter(), []
    for path in scenario_files(paths):
        checked[path.parent.name] += 1
        errors.extend(validate_file(path, root))
    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        return 1
    if options.counts:
        for category in CATEGORIES:
            print(f"{category:20} {checked[category]}")
    print(f"{sum(checked.values())} scenario(s) inside the subset")
    return 0


if __name__ == "__main__":
    sys.exit(main())
