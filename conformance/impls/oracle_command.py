#!/usr/bin/env python3
"""The implementation command (conformance/impls/README.md) of the Python interpreter running it.

usage: INTERPRETER oracle_command.py --python-version
       INTERPRETER oracle_command.py ROOT/CATEGORY/NAME.py

--python-version prints "3.X", the CPython version the interpreter implements (whose golden traces
it is checked against); a scenario path runs that scenario through spec/tools/oracle.py and prints
its trace (spec/TRACE.md). A scenario that cannot run is one line on stderr and a non-zero exit.
cython_command.py reuses main() with its own oracle adapter.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "spec" / "tools"))
import oracle  # noqa: E402

EXIT_USAGE = 2


def main(argv=None, adapter=oracle.THIS_INTERPRETER):
    argv = sys.argv[1:] if argv is None else argv
    if argv == ["--python-version"]:
        print("%d.%d" % sys.version_info[:2])
        return 0
    if len(argv) != 1 or argv[0].startswith("-"):
        print(f"usage: {Path(sys.argv[0]).name} --python-version | ROOT/CATEGORY/NAME.py", file=sys.stderr)
        return EXIT_USAGE
    scenario = Path(argv[0])
    # The scenario's name is its path below the corpus root: CATEGORY/NAME.
    return oracle.main(["--root", str(scenario.resolve().parent.parent), str(scenario)], adapter)


if __name__ == "__main__":
    sys.exit(main())
