"""Out-of-tree backends through the public path only (ctest entries).

  extra      configure this source tree in a fresh build directory with
             -DYIELDSPEC_EXTRA_BACKENDS=example_backend/, build it, and check the
             example backend is listed by `yieldspec list --backends`, passes
             the conformance matrix (CPython 3.11 and 3.13) and its runtime tests
  refused    an extra folder that registers nothing, a folder that does not
             exist and a backend name already taken each stop the configure
             step with a one-line error naming the problem
  installed  `cmake --install` an existing build to a temporary prefix, then
             build consumer/ (find_package(yieldspec), the example backend,
             yieldspec_add_runtime) and the same program with pkg-config, and
             run both

Usage: check_out_of_tree.py MODE --source ROOT --work DIR [--build BUILD_DIR]
"""

import argparse
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLE = os.path.join(HERE, "example_backend")
CONSUMER_OUTPUT = "example: 1 2 3 StopIteration() GEN_CLOSED\n"


def run(command, **options):
    print("$ " + " ".join(command), flush=True)
    return subprocess.run(command, text=True, **options)


def must(command, **options):
    result = run(command, **options)
    if result.returncode != 0:
        sys.exit("failed (exit %d): %s" % (result.returncode, " ".join(command)))
    return result


def configure(source, build, *definitions):
    return ["cmake", "-S", source, "-B", build, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=RelWithDebInfo",
            "-DYIELDSPEC_BENCH=OFF"] + ["-D" + d for d in definitions]


def fresh(path):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def check_extra(options):
    build = fresh(os.path.join(options.work, "extra"))
    # The built-in backends other than stackless are left out: only the example is under test.
    must(configure(options.source, build, "YIELDSPEC_ONLY_BACKENDS=stackless",
                   "YIELDSPEC_EXTRA_BACKENDS=" + EXAMPLE))
    must(["cmake", "--build", build, "-j", "2"])
    yieldspec = os.path.join(build, "conformance", "yieldspec")
    listed = must([yieldspec, "list", "--backends"], capture_output=True).stdout
    print(listed)
    if "example" not in listed.split():
        sys.exit("the example backend is not in `yieldspec list --backends`")
    for version in ("3.11", "3.13"):
        must([yieldspec, "check", "--python", version, "--backend", "example"])
    # memcheck entries are the valgrind step's business, not this test's.
    selection = ["-L", "backend:example", "-LE", "memcheck"]
    must(["ctest", "--test-dir", build, "-j", "2", "--output-on-failure"] + selection)
    tests = must(["ctest", "--test-dir", build, "-N"] + selection, capture_output=True).stdout
    count = sum(1 for line in tests.splitlines() if line.strip().startswith("Test"))
    if count < 5:
        sys.exit("only %d runtime tests were registered for the example backend" % count)
    print("example backend: listed, matrix passed on 3.11 and 3.13, %d runtime tests passed" % count)


def check_refused(options):
    cases = (
        (os.path.join(HERE, "no_backend"), "registered no backend (it must call yieldspec_add_backend"),
        (os.path.join(HERE, "does_not_exist"), "does_not_exist/CMakeLists.txt does not exist"),
        (os.path.join(HERE, "taken_name"), "backend name 'stackless' is already registered by"),
    )
    for folder, expected in cases:
        build = fresh(os.path.join(options.work, "refused-" + os.path.basename(folder)))
        result = run(configure(options.source, build, "YIELDSPEC_ONLY_BACKENDS=stackless",
                               "YIELDSPEC_CONFORMANCE=OFF", "YIELDSPEC_EXTRA_BACKENDS=" + folder),
                     capture_output=True)
        errors = [line for line in result.stderr.splitlines() if expected in line]
        if result.returncode == 0 or not errors:
            sys.exit("%s: expected a configure error containing %r, got exit %d:\n%s"
                     % (folder, expected, result.returncode, result.stderr))
        print("refused: " + errors[0].strip())


def check_installed(options):
    prefix = fresh(os.path.join(options.work, "prefix"))
    must(["cmake", "--install", options.build, "--prefix", prefix])
    consumer_build = fresh(os.path.join(options.work, "consumer"))
    must(["cmake", "-S", os.path.join(HERE, "consumer"), "-B", consumer_build, "-G", "Ninja",
          "-DCMAKE_PREFIX_PATH=" + prefix])
    must(["cmake", "--build", consumer_build])
    outputs = {"find_package": must([os.path.join(consumer_build, "consumer")], capture_output=True).stdout}

    environment = dict(os.environ, PKG_CONFIG_PATH=os.pathsep.join(
        os.path.dirname(p) for p in find_files(prefix, "yieldspec.pc")))
    flags = must(["pkg-config", "--cflags", "--libs", "yieldspec"], capture_output=True, env=environment).stdout.split()
    program = os.path.join(options.work, "consumer-pkg-config")
    must(["cc", "-std=gnu11", "-o", program, os.path.join(HERE, "consumer", "consumer.c"),
          os.path.join(HERE, "consumer", "registry.c"), os.path.join(EXAMPLE, "example.c")] + flags)
    outputs["pkg-config"] = must([program], capture_output=True).stdout
    for how, output in outputs.items():
        if output != CONSUMER_OUTPUT:
            sys.exit("built with %s, the consumer printed %r, expected %r" % (how, output, CONSUMER_OUTPUT))
        print("built with %s: %s" % (how, output.strip()))


def find_files(root, name):
    return [os.path.join(d, name) for d, _, files in os.walk(root) if name in files]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("extra", "refused", "installed"))
    parser.add_argument("--source", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--build", help="the build tree to install (installed mode)")
    options = parser.parse_args()
    {"extra": check_extra, "refused": check_refused, "installed": check_installed}[options.mode](options)
    return 0


if __name__ == "__main__":
    sys.exit(main())
