"""Differential testing of a batch of scenario programs: CPython (the oracle) against the compiled C.

A batch is run as:
  1. every program written to <work>/spec/scenarios/<category>/<name>.py and checked by the subset
     validator (spec/tools/subset.py);
  2. the oracle (spec/tools/oracle.py --out-dir) once per CPython target, over the whole batch, in
     parallel with
  3. the scenario compiler (conformance/compiler/ys_compile.py, in this process) writing one C file
     per program and the index, and one C compiler run turning them all into one shared object;
  4. ys_fuzz_runner (runner.c) running every program on every backend for every target;
  5. classify(): the divergences of each program.

Divergence classes (Finding.kind):
  backend-vs-cpython  every backend produced the same trace, and it is not CPython's
  backend-vs-backend  the backends disagree with each other (the key lists those unlike CPython)
  crash, hang         a backend's child died of a signal or timed out
  driver-refused      the C driver refused the program (the message is in the detail)
  compiler-refused    the scenario compiler refused a program the validator accepts
  cpython-version     two consecutive CPython targets differ for a cause reports/spec-versions.md
                      does not list (an expected difference is not a finding)
  oracle-error        the oracle failed on a valid program (a hang or a crash in CPython)
"""
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO / "spec" / "tools"))
sys.path.insert(0, str(REPO / "conformance" / "compiler"))

import regen  # noqa: E402  (finding the CPython interpreters)
import subset  # noqa: E402
import versions_report  # noqa: E402  (causes of a difference between versions)
import ys_compile  # noqa: E402
from yscompiler.module import index_source  # noqa: E402

SPEC_VERSIONS = REPO / "reports" / "spec-versions.md"
RUN_TIMEOUT_SECONDS = 10
COMPILE_FLAGS = ["-O0", "-w", "-fPIC", "-shared"]


class FuzzError(Exception):
    """The fuzzer cannot run (no build, no interpreter, a broken tool): not a finding."""


@dataclass
class Finding:
    kind: str
    key: str              # which targets show it: "asm@3.11", "3.12->3.13", "all@3.13"
    detail: str = ""      # the first difference, or the message
    diff: str = ""

    @property
    def signature(self):
        return f"{self.kind} {self.key}"


@dataclass
class ProgramResult:
    name: str
    findings: List[Finding] = field(default_factory=list)


# ---- the build and the interpreters ----------------------------------------------------------------

class Toolchain:
    """What a batch needs: the runner and compile recipe of a CMake build, and the CPythons."""

    def __init__(self, build_dir, minors, backends=None):
        recipe_path = Path(build_dir) / "conformance" / "fuzz" / "fuzz-build.json"
        if not recipe_path.is_file():
            raise FuzzError(f"{recipe_path}: no fuzz recipe; build first (cmake --preset default && "
                            "cmake --build --preset default)")
        recipe = json.loads(recipe_path.read_text(encoding="utf-8"))
        self.runner = recipe["runner"]
        if not os.access(self.runner, os.X_OK):
            raise FuzzError(f"{self.runner}: not built; run cmake --build --preset default")
        flags = [f"-I{d}" for d in _list(recipe["include_dirs"])]
        flags += [f"-D{d}" for d in _list(recipe["definitions"])]
        # The build's own warnings are for the corpus; a fuzz program's warnings are not findings.
        flags += [o for o in _list(recipe["options"]) if not o.startswith("-W")]
        self.compile_command = [recipe["compiler"]] + COMPILE_FLAGS + flags
        self.interpreters = {int(i.directory.split(".")[1]): i for i in regen.find_cpythons(minors)}
        if not self.interpreters:
            raise FuzzError("no CPython " + ", ".join(f"3.{m}" for m in minors) + " found (pyenv or python3.X)")
        self.minors = sorted(self.interpreters)
        known = self.known_backends()
        for backend in backends or []:
            if backend not in known:
                raise FuzzError(f"unknown backend {backend!r} (this build has: {', '.join(known)})")
        self.backends = backends or known
        self.expected_causes = expected_version_causes()
        # A function applied to every CPython trace before comparing: None, except in the shrinker's
        # test, which breaks the comparison on purpose to get a divergence it controls.
        self.golden_filter = None

    def known_backends(self):
        out = subprocess.run([self.runner, "--list-backends"], capture_output=True, text=True)
        names = out.stdout.split()
        if out.returncode != 0 or not names:
            raise FuzzError(f"{self.runner} --list-backends failed: {out.stderr.strip()}")
        return names


def _list(joined):
    return [item for item in joined.split(";") if item]


def expected_version_causes():
    """{(later minor, cause)} for every cause in the table of reports/spec-versions.md."""
    expected = set()
    row = re.compile(r"\| 3\.(\d+) \| (.+) \| `")
    for line in SPEC_VERSIONS.read_text(encoding="utf-8").splitlines():
        match = row.match(line)
        if match:
            expected.add((int(match.group(1)), match.group(2)))
    return expected


# ---- one batch -----------------------------------------------------------------------------------

def scenario_path(work, name):
    return Path(work) / "spec" / "scenarios" / f"{name}.py"


def run_batch(toolchain, programs, work):
    """programs: {"category/name": source}. Returns {name: ProgramResult}; work is a scratch directory
    (emptied first)."""
    work = Path(work)
    shutil.rmtree(work, ignore_errors=True)
    root = work / "spec" / "scenarios"
    for name, source in programs.items():
        path = scenario_path(work, name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    results = {name: ProgramResult(name) for name in programs}
    valid = []
    for name in programs:
        errors = subset.validate_file(scenario_path(work, name), root)
        if errors:
            raise FuzzError(f"outside the subset: {errors[0]}")
        valid.append(name)

    oracles = {minor: start_oracle(toolchain.interpreters[minor], work, root, valid) for minor in toolchain.minors}
    compiled = compile_batch(toolchain, work, valid, results)
    runs = run_compiled(toolchain, work, compiled) if compiled else {}
    golden = {}
    for minor, process in oracles.items():
        _, errors = process.communicate()
        for name in valid:
            trace = work / "traces" / f"cpython-3.{minor}" / f"{name}.trace"
            if trace.is_file():
                text = trace.read_text(encoding="utf-8")
                golden[(name, minor)] = toolchain.golden_filter(text) if toolchain.golden_filter else text
            else:
                results[name].findings.append(Finding("oracle-error", f"3.{minor}", _first_line_about(errors, name)))
    for name in compiled:
        results[name].findings += classify(toolchain, name, golden, runs)
    for name in valid:
        results[name].findings += version_findings(toolchain, name, golden)
    return results


def start_oracle(interpreter, work, root, names):
    command = [interpreter.executable, "-I", str(REPO / "spec" / "tools" / "oracle.py"), "--root", str(root),
               "--out-dir", str(work / "traces" / interpreter.directory)]
    command += [str(scenario_path(work, n)) for n in names]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def compile_batch(toolchain, work, names, results):
    """C for every program the scenario compiler accepts, in one shared object; the names compiled."""
    c_dir = work / "c"
    c_dir.mkdir()
    sources = {}
    for name in names:
        output = c_dir / (name.replace("/", "__") + ".c")
        try:
            text = ys_compile.compile_scenario(scenario_path(work, name), work, output)
        except subset.ScenarioError as error:
            results[name].findings.append(Finding("compiler-refused", "compiler", error.rule))
            continue
        output.write_text(text, encoding="utf-8")
        sources[name] = output
    if not sources:
        return []
    if build_shared_object(toolchain, work, sources, work / "batch.so") is None:
        return list(sources)
    # Some program's C does not compile: find which, alone, then build the others together.
    good = {}
    for name, source in sources.items():
        error = build_shared_object(toolchain, work, {name: source}, c_dir / "alone.so")
        if error is None:
            good[name] = source
        else:
            results[name].findings.append(Finding("compiler-refused", "c-compiler", error))
    if good and build_shared_object(toolchain, work, good, work / "batch.so") is None:
        return list(good)
    return []


def build_shared_object(toolchain, work, sources, output):
    """None once `output` holds these programs and their index, else the C compiler's first error."""
    index = output.with_suffix(".index.c")
    index.write_text(index_source(sources), encoding="utf-8")
    command = toolchain.compile_command + ["-o", str(output), str(index)] + [str(s) for s in sources.values()]
    result = subprocess.run(command, capture_output=True, text=True, cwd=str(work))
    return None if result.returncode == 0 else _first_error(result.stderr)


def _first_error(stderr):
    lines = [line for line in stderr.splitlines() if "error" in line]
    return (lines or stderr.splitlines() or ["the C compiler failed"])[0]


def _first_line_about(text, name):
    lines = [line for line in text.splitlines() if name in line]
    return (lines or text.splitlines() or ["the oracle wrote no trace"])[0]


RECORD = re.compile(rb"@@ (\S+) (\S+) (\d+) (\S+) (\d+) (\d+)\n")


def run_compiled(toolchain, work, names):
    """{(name, backend, minor): (status, trace text, stderr text)}."""
    command = [toolchain.runner, str((work / "batch.so").resolve()), "--python", ",".join(map(str, toolchain.minors)),
               "--timeout", str(RUN_TIMEOUT_SECONDS)]
    for backend in toolchain.backends:
        command += ["--backend", backend]
    result = subprocess.run(command, capture_output=True)
    if result.returncode != 0:
        raise FuzzError(f"ys_fuzz_runner failed (status {result.returncode}): {result.stderr.decode(errors='replace').strip()}")
    runs, data, position = {}, result.stdout, 0
    while position < len(data):
        match = RECORD.match(data, position)
        if not match:
            raise FuzzError(f"ys_fuzz_runner wrote an unreadable record at byte {position}")
        name, backend, minor, status = (match.group(i).decode() for i in range(1, 5))
        trace_len, error_len = int(match.group(5)), int(match.group(6))
        start = match.end()
        trace = data[start:start + trace_len].decode("utf-8", errors="replace")
        errors = data[start + trace_len:start + trace_len + error_len].decode("utf-8", errors="replace")
        runs[(name, backend, int(minor))] = (status, trace, errors)
        position = start + trace_len + error_len + 1
    return runs


# ---- classification --------------------------------------------------------------------------------

def first_difference(expected, produced):
    expected_lines, produced_lines = expected.splitlines(), produced.splitlines()
    for number, (a, b) in enumerate(zip(expected_lines, produced_lines), start=1):
        if a != b:
            return f"line {number}: CPython `{a}`, C `{b}`"
    if len(expected_lines) != len(produced_lines):
        number = min(len(expected_lines), len(produced_lines)) + 1
        missing = expected_lines[number - 1] if len(expected_lines) > len(produced_lines) else None
        return (f"line {number}: CPython `{missing}`, C ends" if missing is not None
                else f"line {number}: CPython ends, C `{produced_lines[number - 1]}`")
    return "identical"


def unified_diff(expected, produced, label):
    return "\n".join(difflib.unified_diff(expected.splitlines(), produced.splitlines(), "cpython", label,
                                          lineterm="", n=2))


def classify(toolchain, name, golden, runs):
    findings = []
    for minor in toolchain.minors:
        expected = golden.get((name, minor))
        finished = {}
        for backend in toolchain.backends:
            status, trace, errors = runs.get((name, backend, minor), ("missing", "", ""))
            key = f"{backend}@3.{minor}"
            if status.startswith("crashed"):
                findings.append(Finding("crash", key, f"signal {status.split(':')[1]}: {errors.strip()[:300]}"))
            elif status == "timeout":
                findings.append(Finding("hang", key, f"no result within {RUN_TIMEOUT_SECONDS} s"))
            elif status != "finished":
                findings.append(Finding("driver-refused", key, errors.strip().splitlines()[0] if errors.strip() else status))
            else:
                finished[backend] = trace
        if expected is None:
            continue
        wrong = {b: t for b, t in finished.items() if t != expected}
        if not wrong:
            continue
        distinct = set(wrong.values())
        if len(wrong) == len(toolchain.backends) and len(distinct) == 1:
            trace = next(iter(distinct))
            findings.append(Finding("backend-vs-cpython", f"all@3.{minor}", first_difference(expected, trace),
                                    unified_diff(expected, trace, f"all backends, 3.{minor}")))
        else:
            backend, trace = sorted(wrong.items())[0]
            findings.append(Finding("backend-vs-backend", f"{'+'.join(sorted(wrong))}@3.{minor}",
                                    first_difference(expected, trace),
                                    unified_diff(expected, trace, f"{backend}, 3.{minor}")))
    return findings


def version_findings(toolchain, name, golden):
    """Consecutive CPython targets whose traces differ for a cause spec-versions.md does not list."""
    findings = []
    for earlier, later in zip(toolchain.minors, toolchain.minors[1:]):
        old, new = golden.get((name, earlier)), golden.get((name, later))
        if old is None or new is None or old == new:
            continue
        causes = [c for c in versions_report.causes_of(old, new) if c != versions_report.CONSEQUENCE]
        # A cause is expected if it is listed as appearing in a version after `earlier` up to `later`.
        unexpected = [c for c in causes
                      if not any((m, c) in toolchain.expected_causes for m in range(earlier + 1, later + 1))]
        if unexpected:
            findings.append(Finding("cpython-version", f"3.{earlier}->3.{later}", unexpected[0],
                                    "\n".join(difflib.unified_diff(old.splitlines(), new.splitlines(),
                                                                   f"3.{earlier}", f"3.{later}", lineterm="", n=2))))
    return findings


def signatures(result):
    return {finding.signature for finding in result.findings}
