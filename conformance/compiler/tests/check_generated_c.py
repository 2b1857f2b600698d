#!/usr/bin/env python3
"""Compile the C of every scenario of the given trees with warnings as errors, at every
optimization level and sanitizer setting the CI builds use (each level enables other warnings:
-Wmaybe-uninitialized needs the optimizer, sanitizers add their own checks).

usage: check_generated_c.py --cc CC --flags "WARNING FLAGS" [-I DIR]... TREE...

Every TREE holds spec/scenarios/<category>/<name>.py. A generated file holds both lowerings
(<f>_stackful and <f>_stackless), so compiling it checks both. Prints every diagnostic, one block
per scenario and setting, and exits 1 if any compilation warned or failed.
"""
import argparse
import os
import shlex
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import ys_compile  # noqa: E402

# The optimization and sanitizer settings of the CI presets: asan (Debug), default
# (RelWithDebInfo), release (Release).
SETTINGS = (["-O0", "-fsanitize=address,undefined"], ["-O2"], ["-O3"])


def generate(trees, out_dir):
    """[(scenario path as shown, C file)] for every scenario of every tree."""
    generated = []
    for number, tree in enumerate(trees):
        for scenario in sorted(Path(tree, "spec", "scenarios").glob("*/*.py")):
            shown = scenario.relative_to(tree).as_posix()
            output = Path(out_dir, str(number), shown[:-len(".py")] + ".c")
            text = ys_compile.compile_scenario(scenario, tree, output)
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(text, encoding="utf-8")
            generated.append((f"{tree}/{shown}", output))
    return generated


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cc", required=True)
    parser.add_argument("--flags", required=True, help="the project's warning flags, one string")
    parser.add_argument("-I", dest="include_dirs", action="append", default=[])
    parser.add_argument("trees", nargs="+")
    options = parser.parse_args(argv)
    base = [options.cc, "-std=gnu11", "-Werror", *shlex.split(options.flags),
            *(f"-I{d}" for d in options.include_dirs)]

    with tempfile.TemporaryDirectory() as out_dir:
        generated = generate(options.trees, out_dir)
        jobs = [(shown, c_file, setting) for shown, c_file in generated for setting in SETTINGS]

        def compile_one(job):
            shown, c_file, setting = job
            result = subprocess.run(base + setting + ["-c", str(c_file), "-o", os.devnull],
                                    capture_output=True, text=True)
            return job, result

        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            results = list(pool.map(compile_one, jobs))

    failed = [(job, result) for job, result in results if result.returncode != 0 or result.stderr]
    for (shown, _, setting), result in failed:
        print(f"{shown} with {' '.join(setting)}: exit {result.returncode}\n{result.stderr}")
    print(f"{len(generated)} scenario(s) x {len(SETTINGS)} setting(s): {len(failed)} compilation(s) warned or failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
