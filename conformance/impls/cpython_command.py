#!/usr/bin/env python3
"""The implementation command of CPython 3.X, the sanity row of `yieldspec check --impl cpython-3.X`.

usage: cpython_command.py 3.X (--python-version | ROOT/CATEGORY/NAME.py)

Finds CPython 3.X the way scripts/regen-traces does (pyenv, else python3.X on PATH) and runs
oracle_command.py under it: the same oracle that wrote the golden traces, so every scenario must
pass. A missing interpreter is one line on stderr and exit status 1.
"""
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "spec" / "tools"))
from regen import find_cpython  # noqa: E402


def main(argv):
    if len(argv) != 2 or not argv[0].startswith("3."):
        print("usage: cpython_command.py 3.X (--python-version | ROOT/CATEGORY/NAME.py)", file=sys.stderr)
        return 2
    wanted, rest = argv[0], argv[1:]
    interpreter = find_cpython(int(wanted[2:])) if wanted[2:].isdigit() else None
    if interpreter is None:
        print(f"CPython {wanted} not found (pyenv, or python{wanted} on PATH)", file=sys.stderr)
        return 1
    executable = interpreter.executable
    os.execv(executable, [executable, "-I", str(HERE / "oracle_command.py")] + rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
