#!/usr/bin/env python3
"""Regenerate the golden traces spec/traces/cpython-3.X/ with every CPython 3.8-3.13 found here.

usage: regen.py [--check] [--python 3.X ...] [--pypy] [--cache DIR | --no-cache] [--skip-invalid] [--no-report]

Interpreters come from pyenv (`pyenv root`/versions/3.X.*/bin/python3, newest patch of each minor),
else from python3.X on PATH; a missing one is skipped with a message. Every trace is computed into a
temporary directory first; only when all interpreters succeeded are the changed traces renamed into
place and the traces of deleted scenarios removed. Then reports/spec-versions.md is rewritten
(versions_report.py). A file whose content would not change is never rewritten.

Incremental: each trace an oracle run produces is kept in a cache outside the repository
(default $XDG_CACHE_HOME/yieldspec/traces, else ~/.cache/yieldspec/traces), keyed by the SHA-256 of
the scenario's path and bytes, the oracle's own source and the interpreter (its version and
executable). A run takes every trace it can from there and runs the oracle only on the scenarios
that changed, for every interpreter; --no-cache runs everything (and refills the cache).

PyPy (Debian's pypy3, the slow one) runs only with --pypy, incrementally like the others; its
comparison is the last section of the report. Without --pypy that section is kept as the last
--pypy run wrote it, marked stale when the corpus or the oracle changed since.

--check writes nothing and uses no cache: it fails (exit 1, with a unified diff per scenario) if a
committed trace differs from a fresh run, is missing or belongs to no scenario. Exit 77 means none of
the requested interpreters exists here (ctest reports that as skipped).
"""
import argparse
import difflib
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))
from oracle import write_atomically  # noqa: E402
from subset import default_root, validate_file  # noqa: E402
import versions_report  # noqa: E402

REPO = TOOLS.parent.parent
TRACES = REPO / "spec" / "traces"
REPORT = REPO / "reports" / "spec-versions.md"
MINORS = tuple(range(8, 14))
EXIT_NOTHING_TO_CHECK = 77
DEFAULT_CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "yieldspec" / "traces"
# What a trace depends on besides the scenario and the interpreter: the oracle and the subset it loads.
ORACLE_SOURCES = (TOOLS / "oracle.py", TOOLS / "subset.py")


class Interpreter:
    def __init__(self, label, directory, executable, version):
        self.label = label          # "CPython 3.11"
        self.directory = directory  # "cpython-3.11"
        self.executable = executable
        self.version = version      # what the interpreter says of itself, for the report


def identify(executable):
    """(implementation, "3.X", full version line) as the interpreter reports itself, or None."""
    probe = "import platform, sys; print(platform.python_implementation(), '%d.%d' % sys.version_info[:2]," \
            " sys.version.split()[0])"
    try:
        result = subprocess.run([executable, "-I", "-c", probe], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    fields = result.stdout.split()
    return fields if result.returncode == 0 and len(fields) == 3 else None


def pyenv_candidates():
    """{minor: newest pyenv-installed CPython 3.minor executable}."""
    try:
        root = subprocess.run(["pyenv", "root"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {}
    newest = {}
    for directory in Path(root, "versions").glob("3.*"):
        match = re.fullmatch(r"3\.(\d+)\.(\d+)", directory.name)
        executable = directory / "bin" / "python3"
        if match and executable.exists():
            minor, patch = int(match.group(1)), int(match.group(2))
            if minor not in newest or patch > newest[minor][0]:
                newest[minor] = (patch, str(executable))
    return {minor: executable for minor, (_, executable) in newest.items()}


def find_cpythons(minors, quiet=False):
    from_pyenv = pyenv_candidates()
    found = []
    for minor in minors:
        wanted = f"3.{minor}"
        executable = from_pyenv.get(minor) or shutil.which(f"python{wanted}")
        identity = identify(executable) if executable else None
        if identity is None or identity[:2] != ["CPython", wanted]:
            if not quiet:
                print(f"skipping CPython {wanted}: not found", file=sys.stderr)
            continue
        found.append(Interpreter(f"CPython {wanted}", f"cpython-{wanted}", executable, identity[2]))
    return found


def find_pypy():
    executable = shutil.which("pypy3")
    identity = identify(executable) if executable else None
    if identity is None or identity[0] != "PyPy":
        print("skipping PyPy3: pypy3 not found", file=sys.stderr)
        return None
    return Interpreter(f"PyPy3 ({identity[1]})", f"pypy-{identity[1]}", executable, identity[2])


def corpus(root):
    return sorted(Path(root).glob("*/*.py"))


def shown(path):
    """A path as messages show it: relative to the repository when inside it."""
    try:
        return Path(path).resolve().relative_to(REPO).as_posix()
    except ValueError:
        return str(path)


WORKERS = os.cpu_count() or 2


def run_oracle(interpreter, root, scenarios, out_dir):
    """Write out_dir/<interpreter dir>/<category>/<name>.trace; (interpreter, seconds, error text)."""
    started = time.monotonic()
    command = [interpreter.executable, "-I", str(TOOLS / "oracle.py"), "--root", str(root),
               "--out-dir", str(out_dir / interpreter.directory)] + [str(s) for s in scenarios]
    result = subprocess.run(command, capture_output=True, text=True)
    error = result.stderr.strip() if result.returncode != 0 else ""
    if result.returncode != 0 and not error:
        error = f"the oracle exited with status {result.returncode}"
    return interpreter, time.monotonic() - started, error


def run_all(work, root, out_dir, total):
    """Run each interpreter over its scenarios ({interpreter: [scenario]}), one oracle process per
    core, each interpreter's share split across the cores so the slow one (PyPy) does not run alone
    at the end. {interpreter label: what its oracle printed on failure, "" when it succeeded}."""
    jobs = [(interpreter, scenarios[i::WORKERS]) for interpreter, scenarios in work.items()
            for i in range(WORKERS) if scenarios[i::WORKERS]]
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        results = list(pool.map(lambda job: run_oracle(job[0], root, job[1], out_dir), jobs))
    errors = {}
    for interpreter, scenarios in work.items():
        mine = [(seconds, error) for who, seconds, error in results if who is interpreter]
        errors[interpreter.label] = "\n".join(error for _, error in mine if error)
        print(f"{interpreter.label}: oracle run on {len(scenarios)} of {total} scenarios"
              f" ({total - len(scenarios)} unchanged, from the cache), {sum(s for s, _ in mine):.1f} s of oracle time")
        if errors[interpreter.label]:
            print(f"{interpreter.label} failed:\n{errors[interpreter.label]}", file=sys.stderr)
    return errors


def digest(*parts):
    h = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else str(part).encode("utf-8")
        h.update(len(data).to_bytes(8, "little") + data)
    return h.hexdigest()


def oracle_digest():
    return digest(*(path.read_bytes() for path in ORACLE_SOURCES))


def corpus_digest(root, scenarios):
    """What the traces of every interpreter are a function of: the scenarios and the oracle."""
    return digest(oracle_digest(), *(part for path in scenarios
                                     for part in (relative_name(root, path), path.read_bytes())))


def relative_name(root, scenario):
    """"category/name" of a scenario file."""
    return Path(scenario).relative_to(root).with_suffix("").as_posix()


class TraceCache:
    """Traces the oracle wrote before, under the hash of everything they are a function of."""

    def __init__(self, directory):
        self.directory = directory
        self.oracle = oracle_digest()

    def path(self, interpreter, root, scenario):
        executable = Path(interpreter.executable).resolve()
        stat = executable.stat()
        key = digest(self.oracle, interpreter.label, interpreter.version, executable, stat.st_size,
                     stat.st_mtime_ns, relative_name(root, scenario), Path(scenario).read_bytes())
        return self.directory / key[:2] / f"{key}.trace"

    def fill(self, interpreters, root, scenarios, fresh_dir):
        """Copy every cached trace into fresh_dir; {interpreter: the scenarios still to run}."""
        work = {}
        for interpreter in interpreters:
            work[interpreter] = []
            for scenario in scenarios:
                cached = self.path(interpreter, root, scenario) if self.directory else None
                if cached is None or not cached.is_file():
                    work[interpreter].append(scenario)
                    continue
                destination = fresh_dir / interpreter.directory / f"{relative_name(root, scenario)}.trace"
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(cached, destination)
        return work

    def store(self, work, root, fresh_dir):
        """Keep every trace the oracle just wrote (a scenario it failed on has none)."""
        if not self.directory:
            return
        for interpreter, scenarios in work.items():
            for scenario in scenarios:
                fresh = fresh_dir / interpreter.directory / f"{relative_name(root, scenario)}.trace"
                if fresh.is_file():
                    cached = self.path(interpreter, root, scenario)
                    cached.parent.mkdir(parents=True, exist_ok=True)
                    write_atomically(cached, fresh.read_text(encoding="utf-8"))


def trace_files(directory):
    return {p.relative_to(directory).as_posix(): p for p in directory.rglob("*.trace")} if directory.is_dir() else {}


def check(interpreter, root, traces, fresh_dir):
    """Print how the committed traces of one interpreter differ from a fresh run; True if they don't."""
    committed = trace_files(traces / interpreter.directory)
    fresh = trace_files(fresh_dir / interpreter.directory)
    clean = True
    for name in sorted(set(committed) | set(fresh)):
        scenario = shown(Path(root) / f"{name[:-len('.trace')]}.py")
        committed_path = shown(traces / interpreter.directory / name)
        if name not in fresh:
            print(f"{committed_path}: stale: {scenario} no longer exists")
        elif name not in committed:
            print(f"{committed_path}: missing: no committed trace for {scenario}")
        else:
            old = committed[name].read_text(encoding="utf-8").splitlines(keepends=True)
            new = fresh[name].read_text(encoding="utf-8").splitlines(keepends=True)
            if old == new:
                continue
            print(f"{committed_path}: differs from a fresh {interpreter.label} run of {scenario}")
            sys.stdout.writelines(difflib.unified_diff(old, new, committed_path, f"{interpreter.label} now"))
        clean = False
    return clean


def install(interpreter, traces, fresh_dir):
    """Rename the fresh traces of one interpreter into place; remove those of deleted scenarios."""
    target = traces / interpreter.directory
    committed = trace_files(target)
    fresh = trace_files(fresh_dir / interpreter.directory)
    changed = 0
    for name, path in fresh.items():
        destination = target / name
        if name in committed and committed[name].read_bytes() == path.read_bytes():
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        path.replace(destination)
        changed += 1
    for name in set(committed) - set(fresh):
        committed[name].unlink()
    for directory in sorted(target.glob("*"), reverse=True):
        if directory.is_dir() and not any(directory.iterdir()):
            directory.rmdir()
    removed = len(set(committed) - set(fresh))
    print(f"{interpreter.label}: {changed} trace(s) written, {removed} removed, in {shown(target)}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed traces, write nothing")
    parser.add_argument("--python", action="append", metavar="3.X", choices=[f"3.{m}" for m in MINORS],
                        help="only this CPython (repeatable; default: 3.8 to 3.13)")
    parser.add_argument("--skip-invalid", action="store_true",
                        help="leave out scenarios outside the subset (they get no trace) instead of stopping;"
                             " the exit status is still 1")
    parser.add_argument("--no-report", action="store_true", help="do not rewrite the report")
    parser.add_argument("--pypy", action="store_true",
                        help="also run Debian's pypy3 (slow; incremental through the cache) and rewrite the"
                             " report's PyPy section; without it that section is kept as the last --pypy run left it")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, metavar="DIR",
                        help="where traces are kept between runs (default: %(default)s)")
    parser.add_argument("--no-cache", action="store_true", help="run the oracle on every scenario (and refill the cache)")
    parser.add_argument("--scenarios", type=Path, default=default_root(), metavar="DIR",
                        help="the corpus: DIR/<category>/<name>.py (default: spec/scenarios)")
    parser.add_argument("--traces", type=Path, default=TRACES, metavar="DIR",
                        help="where the cpython-3.X/ trace directories are (default: spec/traces)")
    parser.add_argument("--report", type=Path, default=REPORT, metavar="FILE",
                        help="the versions report to rewrite (default: reports/spec-versions.md)")
    options = parser.parse_args(argv)
    started = time.monotonic()

    minors = sorted({int(v.split(".")[1]) for v in options.python}) if options.python else MINORS
    cpythons = find_cpythons(minors)
    if not cpythons:
        print("regen: none of the requested interpreters is installed", file=sys.stderr)
        return EXIT_NOTHING_TO_CHECK

    scenarios, invalid = [], []
    for path in corpus(options.scenarios):
        errors = validate_file(path, options.scenarios)
        for error in errors:
            print(error, file=sys.stderr)
        (invalid if errors else scenarios).append(path)
    if invalid and not options.skip_invalid:
        print("regen: fix the scenarios above first; no trace was written", file=sys.stderr)
        return 1
    pypy = find_pypy() if options.pypy and not options.check else None
    if options.pypy and not options.check and pypy is None:
        print("regen: --pypy: the report keeps its PyPy section as it is", file=sys.stderr)

    # Fresh traces are renamed into place, so outside --check they are made on the same filesystem.
    traces = options.traces
    traces.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".regen-", dir=None if options.check else str(traces)) as temporary:
        fresh_dir = Path(temporary)
        interpreters = cpythons + ([pypy] if pypy else [])
        # --check always runs the oracle: it is the test that the committed traces are what CPython says.
        cache = TraceCache(None if options.check else options.cache)
        work = cache.fill(interpreters, options.scenarios, scenarios, fresh_dir) if not options.no_cache \
            else {interpreter: list(scenarios) for interpreter in interpreters}
        errors = run_all(work, options.scenarios, fresh_dir, len(scenarios))
        cache.store(work, options.scenarios, fresh_dir)
        if any(errors[interpreter.label] for interpreter in cpythons):
            print("regen: no trace was written", file=sys.stderr)
            return 1
        if options.check:
            results = [check(interpreter, options.scenarios, traces, fresh_dir) for interpreter in cpythons]
            print(f"regen --check: {len(scenarios)} scenarios x {len(cpythons)} interpreter(s)"
                  f" in {time.monotonic() - started:.1f} s")
            if not all(results):
                print("regen --check: committed traces are out of date; run scripts/regen-traces", file=sys.stderr)
            if invalid:
                print(f"regen --check: {len(invalid)} scenario(s) are outside the subset", file=sys.stderr)
            return 0 if all(results) and not invalid else 1
        for interpreter in cpythons:
            install(interpreter, traces, fresh_dir)
        if not options.no_report:
            # PyPy is under test, not a reference: its failures go into the report, not the exit code.
            pypy_traces = (fresh_dir / pypy.directory, pypy.label, pypy.version, errors[pypy.label]) if pypy else None
            # Every CPython found, not only those run, so that the report does not depend on --python.
            found = [i.version for i in find_cpythons(MINORS, quiet=True)]
            written = versions_report.write(traces, pypy_traces, options.report, found,
                                            corpus_digest(options.scenarios, scenarios))
            print(f"{'wrote' if written else 'unchanged:'} {shown(options.report)}")
    print(f"regen: {len(scenarios)} scenarios x {len(cpythons) + (1 if pypy else 0)} interpreter(s)"
          f" in {time.monotonic() - started:.1f} s")
    if invalid:
        print(f"regen: {len(invalid)} scenario(s) outside the subset were left out", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
