#!/usr/bin/env python3
"""Mutation testing of the runtime: how many plausible bugs do the corpus and the whole suite catch?

usage: mutate.py [--scope core|backends|catalogue|all]... [--file PATH]... [--mutant ID]...
                 [--mutants-from FILE] [--sample N] [--seed S] [--rev COMMIT] [--summarize JOURNAL] [--work DIR] [--summary FILE] [--results FILE]
                 [--resume FILE] [--corpus-timeout S] [--suite-timeout S] [--list]

Every mutant is applied to a private copy of the source tree (WORK/tree; the tracked files are
never written), rebuilt incrementally in WORK/build (only the mutated object, then only the
targets a step runs), and judged:

  not-compiled  the mutated object does not build
  equivalent    its object code (debug information stripped) is byte for byte the original's
  killed        the corpus (`yieldspec check`, CPython 3.11 and 3.13 targets, the mutated
                backend or every backend for the core) fails, or else the runtime suite (every
                ctest test whose program lives under impls/, Criterion and plain) fails; a
                mutant no scenario runs also by its runtime tests under memcheck
  crash         a step's program died of a signal (counted as detected)
  timeout       a step ran past its time limit (counted as detected)
  survived      both steps pass

Two scores per file and in total, over mutants that compiled and are not equivalent:
corpus (detected by the scenarios alone) and suite (by the scenarios or the runtime tests).
The runtime suite runs only for mutants the corpus did not detect.

--resume FILE reuses the verdicts of a previous --results file (or journal) for mutants that are unchanged
(same file text, same mutation) and were detected by the corpus, equivalent or not compiled; the
others are judged again. Only valid when the suite has only gained tests since. The run writes --results (every mutant) and --summary
(counts per file and the survivors) atomically at the end, and WORK/journal.jsonl as it goes.
"""
import argparse
import fnmatch
import hashlib
import json
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import mutants as mutants_mod  # noqa: E402
from coverage import Collector, changed_lines  # noqa: E402
from catalogue import CATALOGUE  # noqa: E402
from unobservable import matching_rule  # noqa: E402

REPO = HERE.parent.parent
PYTHONS = ("3.11", "3.13")
ALL_PYTHONS = ("3.8", "3.9", "3.10", "3.11", "3.12", "3.13")
DETECTED = ("killed", "crash", "timeout")
NOT_RUN = "not-run"  # the runtime field of a corpus survivor of a --corpus-only run
CORE_GLOB = "impls/core/src/*.c"
CORE_BACKENDS = ("stackless", "asm", "threads")  # the stackless lowering; a switch on this thread; another thread
CELL_TIMEOUT = 5  # seconds for one scenario on one backend (the whole corpus takes about 4 s per target)
# The same under the sanitizers, as the CI's sanitizer builds allow it: a yield from chain past
# the recursion limit takes 2.2 s under ASan on the threads backend, and over 5 s at load 5.
SANITIZED_CELL_TIMEOUT = 60
FIRST_SCENARIOS = 40  # how many of the most-detecting scenarios run before the whole corpus
# A mutant can make a loop allocate without end (a UTF-8 decoder that no longer advances grew one
# test to 12 GiB in three minutes, on a 24 GiB machine running two judges): the programs of the
# plain build run with at most this much data, far above what the suite needs, and those of the
# sanitizer step with ASan's hard_rss_limit_mb (ASan's shadow memory rules out an RLIMIT_DATA).
MEMORY_LIMIT = 4 << 30


class Fatal(Exception):
    """A one-line error for the user; the run stops."""


# ---- what to mutate ----------------------------------------------------------------------

def backends_of_tree(tree):
    """Backend folders: impls/<name>/ whose CMakeLists.txt registers a backend (yieldspec_add_backend)."""
    return sorted(p.parent.name for p in (tree / "impls").glob("*/CMakeLists.txt")
                  if "yieldspec_add_backend(" in p.read_text())


def source_files(scope, repo):
    core = sorted(str(p.relative_to(repo)) for p in repo.glob(CORE_GLOB))
    backend_files = []
    for b in backends_of_tree(repo) + ["stacks"]:
        backend_files += sorted(str(p.relative_to(repo)) for p in (repo / "impls" / b).glob("*.c"))
    return {"core": core, "backends": backend_files}.get(scope, [])


def backends_checked(path, backends):
    """The backends (name -> "stackful" or "stackless", as `yieldspec list --backends` says) whose
    corpus run can see a mutant of `path`. For the core: one backend per lowering and per way of
    switching (CORE_BACKENDS); the other stackful ones differ from asm only in the switch itself,
    which no core code sees."""
    parts = Path(path).parts
    if parts[:2] == ("impls", "core"):
        return [b for b in backends if b in CORE_BACKENDS] or list(backends)
    if parts[:2] == ("impls", "stacks"):
        return [b for b, kind in backends.items() if kind == "stackful"]
    if len(parts) > 1 and parts[1] in backends:
        return [parts[1]]
    return list(backends)


class Candidate:
    """A mutant or a catalogue entry, in the form the runner needs."""

    def __init__(self, ident, path, kind, operator, line, description, original, mutated, function=""):
        self.id = ident
        self.function = function
        self.path = path
        self.kind = kind          # "operator" or "catalogue"
        self.operator = operator
        self.line = line
        self.description = description
        self.original = original  # whole file text
        self.mutated = mutated
        self.key = hashlib.sha256((path + "\0" + original + "\0" + mutated).encode()).hexdigest()[:20]


def operator_candidates(paths, repo):
    out = []
    for path in paths:
        text = (repo / path).read_text()
        try:
            generated = mutants_mod.generate(text, path)
        except mutants_mod.LexError as e:
            raise Fatal(str(e))
        for m in generated:
            out.append(Candidate(m.id, path, "operator", m.operator, m.line, m.description, text,
                                 m.apply(text), m.function))
    return out


def catalogue_candidates(repo):
    out = []
    for entry in CATALOGUE:
        path = entry["file"]
        text = (repo / path).read_text()
        count = text.count(entry["find"])
        if count != 1:
            raise Fatal("conformance/mutate/catalogue.py: entry %s: its text occurs %d times in %s "
                        "(must be exactly once; update the entry to the current source)"
                        % (entry["id"], count, path))
        if entry["replace"].count("\n") != entry["find"].count("\n"):
            raise Fatal("conformance/mutate/catalogue.py: entry %s changes the number of lines"
                        % entry["id"])
        line = text[:text.index(entry["find"])].count("\n") + 1
        out.append(Candidate("catalogue:" + entry["id"], path, "catalogue", "catalogue", line,
                             entry["bug"], text, text.replace(entry["find"], entry["replace"])))
    return out


# ---- the private tree and its build ---------------------------------------------------

def tracked_files(repo):
    """The source files of a working tree (tracked, or untracked and not ignored), or of a tree
    extracted by --rev (every file)."""
    if not (repo / ".git").exists():
        return sorted(str(p.relative_to(repo)) for p in repo.rglob("*") if p.is_file())
    result = subprocess.run(["git", "-C", str(repo), "ls-files", "-z", "--cached", "--others",
                             "--exclude-standard"], capture_output=True, check=True)
    return sorted(f for f in result.stdout.decode().split("\0") if f and (repo / f).is_file())


def extract_revision(rev, into):
    """The files of commit `rev`, in a fresh directory `into`."""
    if into.exists():
        shutil.rmtree(into)
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", rev], capture_output=True)
    if archive.returncode != 0:
        raise Fatal("--rev %s: %s" % (rev, archive.stderr.decode().strip()))
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def sync_tree(repo, tree):
    """Make `tree` a copy of the working tree's files, touching only files that differ (so the
    build there stays incremental) and removing files that are gone. A copy gets the time of
    the copy, not its source's: an edit older than the objects a mutant's build left would
    otherwise not be rebuilt."""
    wanted = set(tracked_files(repo))
    tree.mkdir(parents=True, exist_ok=True)
    for rel in wanted:
        src, dst = repo / rel, tree / rel
        try:
            data = src.read_bytes()
            if not dst.is_file() or dst.read_bytes() != data:
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(src, dst)
                shutil.copymode(src, dst)
        except FileNotFoundError:
            continue  # a temporary file of another tool (regen-traces) gone since the listing
    for dst in list(tree.rglob("*")):
        if dst.is_file() and str(dst.relative_to(tree)) not in wanted:
            dst.unlink()


def limit_memory(limit):
    """In the child, before exec: at most `limit` bytes of data (heap and private mappings), so a
    program that allocates without bound gets failing mallocs instead of the machine's memory."""
    return lambda: resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


def run(command, timeout, cwd=None, env=None, memory_limit=None):
    """(status, seconds, output): status is 'pass', 'fail', 'crash' or 'timeout'. The command
    runs in its own process group, which a timeout kills whole; with memory_limit, under an
    RLIMIT_DATA of that many bytes."""
    started = time.monotonic()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True,
                                preexec_fn=limit_memory(memory_limit) if memory_limit else None)
        try:
            code = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            code = None
        out.seek(0)
        text = out.read().decode(errors="replace")
    seconds = time.monotonic() - started
    if code is None:
        return "timeout", seconds, text
    if code < 0:
        return "crash", seconds, text
    if code != 0:
        crashed = any(m in text for m in ("***Exception: SegFault", "Subprocess aborted",
                                          "***Exception: Other", "Child aborted"))
        return ("crash" if crashed else "fail"), seconds, text
    return "pass", seconds, text


def gold_linker():
    """CMake settings that link with gold where binutils has it: every mutant relinks yieldspec
    (and the runtime programs it runs), and gold takes half of ld.bfd's time there."""
    if not shutil.which("ld.gold"):
        return ["-DCMAKE_EXE_LINKER_FLAGS=", "-DCMAKE_SHARED_LINKER_FLAGS="]
    return ["-DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=gold", "-DCMAKE_SHARED_LINKER_FLAGS=-fuse-ld=gold"]


# The build that judges mutants: the shipped optimisation (-O2, NDEBUG) without debug information,
# which the object comparison strips anyway and which makes each relink slower.
JUDGING_SETTINGS = ("-DCMAKE_BUILD_TYPE=RelWithDebInfo", "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O2 -DNDEBUG",
                    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -DNDEBUG")


class Build:
    """A build of the private tree: WORK/build (-O2, no debug information) judges mutants;
    WORK/build-asan (AddressSanitizer + UBSan) is the sanitizer step's; WORK/coverage/build
    (-O0, gcov) maps which tests run which lines (coverage.py)."""

    def __init__(self, work, log, name="build", settings=JUDGING_SETTINGS):
        self.tree = work / "tree"
        self.dir = work / name
        self.settings = list(settings)
        self.log = log

    def configure(self):
        """Configure the build, again when its settings differ from those it was configured with
        (a work folder kept from a run of an older version of this tool)."""
        settings = ["-DYIELDSPEC_WERROR=OFF", "-DYIELDSPEC_BENCH=OFF"] + self.settings + gold_linker()
        stamp = self.dir / "mutate-settings.json"
        if (self.dir / "build.ninja").is_file() and stamp.is_file() \
                and json.loads(stamp.read_text()) == settings:
            return
        status, _, text = run(["cmake", "-S", str(self.tree), "-B", str(self.dir), "-G", "Ninja"] + settings,
                              timeout=600)
        if status != "pass":
            raise Fatal("mutation build: cmake configure of %s failed:\n%s" % (self.dir, text[-3000:]))
        stamp.write_text(json.dumps(settings))

    def ninja(self, targets, timeout=1800):
        return run(["ninja", "-C", str(self.dir), "-j", "2"] + list(targets), timeout=timeout)

    def objects(self):
        """source path (relative to the tree) -> object path (relative to the build dir)."""
        entries = json.loads((self.dir / "compile_commands.json").read_text())
        out = {}
        for e in entries:
            src = Path(e["file"])
            if not src.is_absolute():
                src = Path(e["directory"]) / src
            try:
                rel = str(src.resolve().relative_to(self.tree.resolve()))
            except ValueError:
                continue
            obj = e.get("output")
            if obj is None:
                args = e.get("arguments") or e["command"].split()
                obj = args[args.index("-o") + 1]
            out.setdefault(rel, []).append(obj)
        return out

    def backends(self):
        """The backends this build registered (some only when their library is found), with their kind."""
        status, _, text = run([str(self.dir / "conformance" / "yieldspec"), "list", "--backends"], timeout=60)
        if status != "pass":
            raise Fatal("mutation build: yieldspec list --backends failed:\n" + text[-3000:])
        return dict(line.split("\t", 1) for line in text.splitlines() if "\t" in line)

    # Everything under impls/ in the build: the runtime libraries and the runtime suite's programs.
    RUNTIME_TARGET = "impls/all"

    def runtime_tests(self):
        """The runtime suite as runtime_entries gives it, from this build's ctest listing. Its
        programs must be built first (ctest names no command for a program not built yet)."""
        status, _, text = self.ninja([self.RUNTIME_TARGET])
        if status != "pass":
            raise Fatal("mutation build: the unmutated runtime suite does not build:\n" + text[-3000:])
        result = subprocess.run(["ctest", "--test-dir", str(self.dir), "--show-only=json-v1"],
                                capture_output=True, text=True, check=True)
        tests = runtime_entries(json.loads(result.stdout), self.dir.resolve(), links_criterion)
        if not tests:
            raise Fatal("mutation build: no runtime tests found under %s/impls" % self.dir)
        return tests


MEMCHECK_PREFIX = "memcheck: "  # "memcheck: NAME" is NAME under valgrind (impls/tests/CMakeLists.txt)
# valgrind -q writes nothing but its reports, every line of them "==PID== ". Criterion runs each
# test in a child and ignores the exit status valgrind gives that child, so a report there fails
# nothing: the output decides, as the memcheck entries' FAIL_REGULAR_EXPRESSION makes it for ctest.
VALGRIND_REPORT = re.compile(r"^==\d+== +\S.*", re.M)


def runtime_entries(listing, build, is_criterion):
    """Each ctest test (of `ctest --show-only=json-v1`) whose program lives under <build>/impls/,
    as {name, command, cwd, env, target, criterion, memcheck}: env is the environment ctest gives
    it (the backend of a per-backend entry), criterion whether the program is a Criterion one (its
    tests can run one by one), memcheck the command of its "memcheck: " entry (the same program
    under valgrind's memcheck, as CI's valgrind step runs it) or None."""
    tests, memcheck = [], {}
    for t in listing["tests"]:
        command = t.get("command") or []
        if t["name"].startswith(MEMCHECK_PREFIX):
            memcheck[t["name"][len(MEMCHECK_PREFIX):]] = command
            continue
        program = Path(command[0]).resolve() if command else None
        if program and str(program).startswith(str(build / "impls") + os.sep):
            props = {p["name"]: p["value"] for p in t.get("properties", [])}
            env = dict(os.environ)
            env.update(v.split("=", 1) for v in props.get("ENVIRONMENT", []))
            tests.append({"name": t["name"], "command": command,
                          "cwd": props.get("WORKING_DIRECTORY", str(build)), "env": env,
                          "target": str(program.relative_to(build)),
                          "criterion": is_criterion(program)})
    for t in tests:
        t["memcheck"] = memcheck.get(t["name"])
    return tests


def criterion_filter(command, tests):
    """`command` running only these Criterion tests (suite/test names), or all of it for None.
    Criterion's --filter is an extended glob: @(a|b) matches either test."""
    if not tests:
        return command
    return command + ["--filter", tests[0] if len(tests) == 1 else "@(%s)" % "|".join(tests)]


def links_criterion(program):
    """Whether the program is linked with Criterion (its dynamic section needs libcriterion)."""
    r = subprocess.run(["readelf", "--dynamic", str(program)], capture_output=True, text=True)
    return any("(NEEDED)" in line and "libcriterion" in line for line in r.stdout.splitlines())


def stripped_object(path):
    """The object file's bytes without debug information (line numbers included)."""
    with tempfile.NamedTemporaryFile(suffix=".o") as tmp:
        subprocess.run(["objcopy", "--strip-debug", str(path), tmp.name], check=True,
                       capture_output=True)
        return Path(tmp.name).read_bytes()


# ---- judging one mutant -------------------------------------------------------------

class Judge:
    def __init__(self, build, backends, runtime, corpus_timeout, suite_timeout, log, corpus_only=False,
                 scenarios=(), pythons=PYTHONS, coverage=None, sanitizer=None, version_pythons=None,
                 batch=True):
        self.build = build
        # `yieldspec check --batch`: a worker process per backend, a process of its own for
        # any cell that does not pass there.
        self.batch = batch
        self.coverage = coverage  # a coverage.CoverageMap: run only what runs the changed lines
        self.sanitizer = sanitizer  # the sanitizer step's Build, or None
        self.scenarios = list(scenarios)  # --scenario globs: the corpus step runs only these
        self.pythons = list(pythons)  # --python: the CPython targets of the corpus step
        # The targets of a mutant of version-dependent code (None: self.pythons for every mutant).
        self.version_pythons = list(version_pythons) if version_pythons else None
        self.version_lines = {}  # path -> mutants_mod.version_controls of its unmutated text
        self.corpus_only = corpus_only  # corpus survivors are not given to the runtime suite
        self.backends = backends
        self.runtime = runtime
        self.kills = {}    # runtime test name -> mutants it killed so far
        self.scenario_kills = {}  # scenario path -> mutants whose corpus run it failed
        self.seconds = {}  # runtime test name -> seconds of its baseline run
        self.corpus_timeout = corpus_timeout
        self.sanitized_timeout = corpus_timeout  # set by the baseline from its own run
        self.suite_timeout = suite_timeout
        self.log = log
        self.objects = build.objects()
        self.reference = {}  # path -> stripped object bytes of the unmutated source
        self.judged_objects = {}  # sha256 of a mutated object -> the verdict found for it
        self.memcheck_clean = {}  # a memcheck command -> whether the unmutated program passes it

    def object_of(self, path):
        objs = self.objects.get(path)
        if not objs:
            raise Fatal("%s: not compiled in the mutation build (no entry in compile_commands.json)"
                        % path)
        if len(objs) != 1:
            raise Fatal("%s: compiled into %d objects; mutants of it are not supported" % (path, len(objs)))
        return objs[0]

    def corpus_commands(self, path, selected=None, build=None, backends=None, pythons=None,
                        leak_check=False):
        """One `yieldspec check` per CPython target (`pythons`, default the run's: the CLI takes
        one --python per run), over the `selected` scenarios (None: all, or the --scenario globs);
        `leak_check`: the runs are LeakSanitizer's (YIELDSPEC_LEAK_CHECK=1)."""
        build = build or self.build
        arguments = []
        for b in backends or backends_checked(path, self.backends):
            arguments += ["--backend", b]
        for scenario in (self.scenarios if selected is None else selected):
            arguments += ["--scenario", scenario]
        # --fail-fast: a mutant needs one unexpected cell, not the count of them (a mutant that
        # makes every scenario hang costs one cell timeout, not the step's limit).
        cell_timeout = SANITIZED_CELL_TIMEOUT if build is self.sanitizer else CELL_TIMEOUT
        # --batch: a process per cell is most of a cell's cost (fork and its page faults), under
        # the sanitizers too (3.13 on stackless and asm in the sanitizer build: 5.4 s instead of
        # 35.3 s); a memory error ends the worker, and a cell that does not pass there is judged
        # again alone. Not with the leak check: in that build (-O2) the batched leak-check runs
        # were slower than a process per cell (the threads backend's close/* took 25.3 s
        # instead of 6.5 s; conformance/mutate/README.md).
        batch = ["--batch"] if self.batch and not leak_check else []
        return [[str(build.dir / "conformance" / "yieldspec"), "check", "--fail-fast"] + batch +
                ["--python", v, "--timeout", str(cell_timeout)] + arguments
                for v in pythons or self.pythons]

    def first_scenarios_command(self, path, selected=None):
        """The scenarios that detected most mutants so far, on the first target alone, or None
        before any detection. A failure there is a failure of the whole corpus run, found in a
        fraction of its time (most mutants fail a handful of the same scenarios)."""
        ranked = sorted(self.scenario_kills, key=lambda s: -self.scenario_kills[s])
        if selected is not None:
            chosen = set(selected)
            ranked = [s for s in ranked if s in chosen]
        if not ranked or (self.scenarios and selected is None):
            return None
        return self.corpus_commands(path, ranked[:FIRST_SCENARIOS])[0]

    def deciding_lines(self, c):
        """{changed line: the line deciding on the CPython version whether it runs} for the lines
        of mutant c whose behaviour depends on the version (mutants_mod.version_controls)."""
        if c.path not in self.version_lines:
            self.version_lines[c.path] = mutants_mod.version_controls(c.original, c.path)
        controls = self.version_lines[c.path]
        return {n: controls[n] for n in changed_lines(c.original, c.mutated) if n in controls}

    def pythons_for(self, c):
        """The CPython targets that judge mutant c: every one for version-dependent code (a
        mutant of `python_minor() == 10` shows on 3.10 alone), unless --python chose them."""
        if self.version_pythons and c.kind == "operator" and self.deciding_lines(c):
            return self.version_pythons
        return self.pythons

    def selection(self, c):
        """(scenarios, runtime tests) that run a line the mutant changes: None for a step means
        every one of it (no coverage map, or coverage cannot say). For a line that runs on some
        CPython versions only, the scenarios that reach the line deciding it are selected: the
        map may come from targets where the line itself never runs."""
        if self.coverage is None or c.kind != "operator":
            return None, None
        lines = changed_lines(c.original, c.mutated)
        lines = sorted(set(lines) | set(self.deciding_lines(c).values()))
        scenarios = self.coverage.scenarios_for(c.path, lines, c.function)
        if scenarios is not None and self.scenarios:
            scenarios = [s for s in scenarios if any(fnmatch.fnmatch(s, g) for g in self.scenarios)]
        return scenarios, self.coverage.runtime_for(c.path, lines, c.function)

    def credit_scenarios(self, text):
        for line in text.splitlines():
            if line.startswith("FAIL "):
                scenario = line.split()[2].rstrip(":")
                self.scenario_kills[scenario] = self.scenario_kills.get(scenario, 0) + 1

    def run_corpus(self, path, selected=None, pythons=None):
        """(status, output) of the corpus: the likeliest scenarios first, then every target in
        full; the first failure ends it."""
        if selected == []:
            return "pass", "no scenario runs the changed lines"
        first = self.first_scenarios_command(path, selected)
        for command in ([first] if first else []) + self.corpus_commands(path, selected,
                                                                           pythons=pythons):
            status, _, text = run(command, timeout=self.corpus_timeout, memory_limit=MEMORY_LIMIT)
            if status != "pass":
                self.credit_scenarios(text)
                return status, text
        return "pass", text

    def run_runtime_suite(self, timeout, selected=None):
        """(status, detail): the runtime programs one by one (`selected`: only these entries,
        each with the Criterion tests to run, None for all of it, as CoverageMap.runtime_for
        gives them), the ones that killed most mutants so far first, each rebuilt just before it
        runs; the first failure ends the step."""
        tests = self.runtime
        if selected is not None:
            tests = [t for t in tests if t["name"] in selected]
        order = sorted(tests, key=lambda t: (-self.kills.get(t["name"], 0),
                                             self.seconds.get(t["name"], 0)))
        for t in order:
            status, _, text = self.build.ninja([t["target"]])
            if status != "pass":
                return "not-compiled", _tail(text)
            chosen = selected.get(t["name"]) if selected is not None else None
            command = criterion_filter(t["command"], chosen)
            status, seconds, text = run(command, timeout=timeout, cwd=t["cwd"], env=t["env"],
                                        memory_limit=MEMORY_LIMIT)
            if chosen is None:
                self.seconds.setdefault(t["name"], seconds)
            if status in ("fail", "crash"):
                # A failure must repeat: on a loaded machine a test can fail for want of a thread
                # (EAGAIN) or time, which says nothing about the mutant.
                status, _, text = run(command, timeout=timeout, cwd=t["cwd"], env=t["env"],
                                      memory_limit=MEMORY_LIMIT)
            if status != "pass":
                self.kills[t["name"]] = self.kills.get(t["name"], 0) + 1
                return status, "%s: %s" % (t["name"], _first_failure(text))
        return "pass", ""

    def baseline(self):
        """Build everything unmutated, keep each object's reference, check the suite passes."""
        status, _, text = self.build.ninja(["yieldspec", Build.RUNTIME_TARGET])
        if status != "pass":
            raise Fatal("mutation build: the unmutated tree does not build:\n" + text[-3000:])
        started = time.monotonic()
        status, text = self.run_corpus("impls/core/src/gen.c")
        seconds = time.monotonic() - started
        if status != "pass":
            raise Fatal("mutation baseline: the corpus fails on the unmutated tree (%s); mutants "
                        "cannot be judged against a failing suite:\n%s" % (status, text[-3000:]))
        self.log("baseline: the corpus passes (%.1f s)" % seconds)
        if self.corpus_only:
            return
        started = time.monotonic()
        status, detail = self.run_runtime_suite(self.suite_timeout)
        if status != "pass":
            raise Fatal("mutation baseline: the runtime suite fails on the unmutated tree (%s): %s"
                        % (status, detail))
        self.log("baseline: the runtime suite passes (%.1f s)" % (time.monotonic() - started))
        if self.sanitizer is not None:
            started = time.monotonic()
            build = self.sanitizer
            status, _, text = build.ninja(["yieldspec"])
            if status != "pass":
                raise Fatal("mutation baseline: the sanitizer build does not build:\n" + text[-3000:])
            # The core's backends: one of each kind.
            status, text, slowest = self.run_sanitized_corpus("impls/core/src/gen.c", None,
                                                              10 * self.corpus_timeout)
            if status != "pass":
                raise Fatal("mutation baseline: the corpus fails under the sanitizers on the "
                            "unmutated tree (%s):\n%s" % (status, text[-3000:]))
            # A mutant of code every scenario runs runs the whole sanitized corpus, which takes
            # far longer than the plain one: its limit comes from this run, not --corpus-timeout.
            self.sanitized_timeout = max(self.corpus_timeout, 3 * slowest)
            self.log("baseline: the sanitizer step passes (%.1f s)" % (time.monotonic() - started))
        self.kills.clear()

    def reference_of(self, path):
        if path not in self.reference:
            obj = self.build.dir / self.object_of(path)
            status, _, text = self.build.ninja([self.object_of(path)])
            if status != "pass":
                raise Fatal("%s: the unmutated source does not compile:\n%s" % (path, text[-2000:]))
            self.reference[path] = stripped_object(obj)
        return self.reference[path]

    def judge(self, c):
        """The verdict record of candidate c."""
        target = self.build.tree / c.path
        record = {"id": c.id, "key": c.key, "file": c.path, "kind": c.kind, "operator": c.operator,
                  "line": c.line, "function": c.function, "description": c.description,
                  "source": c.original.splitlines()[c.line - 1].strip()}
        if self.pythons_for(c) != self.pythons:
            record["pythons"] = list(self.pythons_for(c))
        self.reference_of(c.path)
        started = time.monotonic()
        try:
            target.write_text(c.mutated)
            record.update(self._judge_applied(c))
        finally:
            target.write_text(c.original)
            if target.read_text() != c.original:
                raise Fatal("%s: could not restore the private copy after mutant %s" % (target, c.id))
        record["seconds"] = round(time.monotonic() - started, 2)
        return record

    def _judge_applied(self, c):
        obj = self.object_of(c.path)
        status, _, text = self.build.ninja([obj])
        if status != "pass":
            return {"verdict": "not-compiled", "corpus": None, "runtime": None,
                    "detail": _tail(text)}
        mutated = stripped_object(self.build.dir / obj)
        if mutated == self.reference[c.path]:
            return {"verdict": "equivalent", "corpus": None, "runtime": None}
        # Two source changes can compile to the same program (a deleted last statement and a
        # return before it): the second gets the first one's verdict without running anything.
        digest = hashlib.sha256(c.path.encode() + b"\0" + mutated).hexdigest()
        if digest in self.judged_objects:
            return dict(self.judged_objects[digest])
        outcome = self._run_steps(c)
        self.judged_objects[digest] = dict(outcome, same_object_as=c.id)
        return outcome

    def _run_steps(self, c):
        scenarios, programs = self.selection(c)
        covered = {"scenarios": "all" if scenarios is None else len(scenarios),
                   "programs": "all" if programs is None else len(programs),
                   "tests": "all" if programs is None or None in programs.values()
                   else sum(len(tests) for tests in programs.values())}
        if scenarios != []:
            status, _, text = self.build.ninja(["yieldspec"])
            if status != "pass":
                return {"verdict": "not-compiled", "corpus": None, "runtime": None,
                        "detail": _tail(text)}
        pythons = self.pythons_for(c)
        corpus, corpus_text = self.run_corpus(c.path, scenarios, pythons)
        corpus = _verdict(corpus)
        if corpus in DETECTED:
            return {"verdict": corpus, "corpus": corpus, "runtime": None, "covered": covered,
                    "detail": _first_failure(corpus_text)}
        if self.corpus_only:
            return {"verdict": "survived", "corpus": corpus, "runtime": NOT_RUN, "covered": covered}
        record = {"corpus": corpus, "runtime": None, "covered": covered}
        if self.sanitizer is not None:
            # Before the runtime suite: a few seconds, where the runtime suite takes a minute,
            # and what most corpus survivors of the core do (leaks) only it sees.
            status, detail = self.run_sanitized(c, scenarios, pythons)
            if status == "not-compiled":
                return dict(record, verdict="not-compiled", detail=detail)
            record["sanitized"] = _verdict(status)
            if record["sanitized"] in DETECTED:
                return dict(record, verdict=record["sanitized"], detail=detail)
        status, detail = self.run_runtime_suite(self.suite_timeout, programs)
        if status == "not-compiled":
            return dict(record, verdict="not-compiled", detail=detail)
        record["runtime"] = _verdict(status)
        if record["runtime"] == "survived" and self.sanitizer is not None and scenarios == [] \
                and programs:
            # Code no scenario runs has no sanitized corpus run watching its memory: its runtime
            # tests under memcheck, as CI's valgrind step runs them, are what sees a leak there.
            status, detail = self.run_memcheck(c, programs)
            record["memcheck"] = _verdict(status)
            return dict(record, verdict=record["memcheck"], detail=detail)
        return dict(record, verdict=record["runtime"], detail=detail)

    def run_memcheck(self, c, selected):
        """(status, detail): the runtime tests in `selected` (as run_runtime_suite takes them)
        under valgrind's memcheck with the options of their ctest memcheck entries (definite and
        indirect leaks are errors) on mutant c; the first failure, seen twice, ends the step,
        unless the unmutated program fails the same command too (then that command cannot
        judge: a tree whose memcheck entries lack a suppression its tests need). Programs
        without such an entry are left out."""
        for t in self.runtime:
            if t["name"] not in selected or not t["memcheck"]:
                continue
            command = criterion_filter(t["memcheck"], selected[t["name"]])
            for _ in range(2):  # a failure must repeat, as in run_runtime_suite
                status, detail = self.memcheck_once(t, command)
                if status == "pass":
                    break
            if status != "pass" and self.passes_memcheck_unmutated(c, t, command):
                return status, "memcheck: %s: %s" % (t["name"], detail)
        return "pass", ""

    def memcheck_once(self, t, command):
        """(status, first line of valgrind's report or of the failure) of one memcheck run."""
        status, _, text = run(command, timeout=self.suite_timeout, cwd=t["cwd"], env=t["env"])
        report = VALGRIND_REPORT.search(text)
        if status == "pass" and report:
            status = "fail"
        return status, (report.group(0) if report else _first_failure(text))[:300]

    def passes_memcheck_unmutated(self, c, t, command):
        """Whether `command` passes on t's program built from the unmutated source of c's file
        (once per command); the mutant's program is rebuilt afterwards."""
        key = tuple(command)
        if key not in self.memcheck_clean:
            target = self.build.tree / c.path
            target.write_text(c.original)
            try:
                built, _, _ = self.build.ninja([t["target"]])
                clean = built == "pass" and self.memcheck_once(t, command)[0] == "pass"
            finally:
                target.write_text(c.mutated)
                self.build.ninja([t["target"]])
            self.memcheck_clean[key] = clean
        return self.memcheck_clean[key]

    def sanitized_groups(self, path):
        """(backends, leak check) of the sanitizer step's corpus runs: the mutant's backends
        under ASan + UBSan, and on the threads backend the leak check (see isolate.c: only
        there is a generator kept by a cycle through its own frame reachable)."""
        backends = backends_checked(path, self.backends)
        groups = [([b for b in backends if b != "threads"], False)]
        if "threads" in backends:
            groups.append((["threads"], True))
        return [g for g in groups if g[0]]

    def run_sanitized(self, c, scenarios=None, pythons=None):
        """(status, detail) of the sanitizer step: the corpus (the scenarios that run the changed
        lines) built with AddressSanitizer and UndefinedBehaviorSanitizer, as `scripts/test asan`
        runs it, with the leak check on threads; the first failure ends it. (The runtime
        programs under the sanitizers are left out: minutes per mutant.)"""
        build = self.sanitizer
        status, _, text = build.ninja([self.object_of(c.path)])
        if status != "pass":
            return "not-compiled", _tail(text)
        if scenarios != []:
            status, _, text = build.ninja(["yieldspec"])
            if status != "pass":
                return "not-compiled", _tail(text)
            status, text, _ = self.run_sanitized_corpus(c.path, scenarios, self.sanitized_timeout,
                                                        pythons)
            if status != "pass":
                return status, "sanitized corpus: " + _first_failure(text)
        return "pass", ""

    def run_sanitized_corpus(self, path, scenarios, timeout, pythons=None):
        """(status, output, seconds of the slowest command) of the corpus in the sanitizer
        build, the leak check on threads; the first failure ends it."""
        slowest = 0.0
        for backends, leak_check in self.sanitized_groups(path):
            env = dict(os.environ, YIELDSPEC_LEAK_CHECK="1" if leak_check else "0")
            env["ASAN_OPTIONS"] = ":".join(filter(None, [os.environ.get("ASAN_OPTIONS"),
                                                         "hard_rss_limit_mb=%d" % (MEMORY_LIMIT >> 20)]))
            for command in self.corpus_commands(path, scenarios, self.sanitizer, backends, pythons,
                                                leak_check):
                status, seconds, text = run(command, timeout=timeout, env=env)
                slowest = max(slowest, seconds)
                if status != "pass":
                    return status, text, slowest
        return "pass", "", slowest


def _verdict(status):
    return {"pass": "survived", "fail": "killed"}.get(status, status)


def _tail(text, lines=6):
    return "\n".join(text.strip().splitlines()[-lines:])


def _first_failure(text):
    for line in text.splitlines():
        if line.startswith(("FAIL", "not ok", "---")) or "Failed" in line or "FAILED" in line:
            return line.strip()[:300]
    return _tail(text, 3)


# ---- scores -------------------------------------------------------------------------

def score_block(records):
    """Counts and scores of a set of records. `observable` leaves out the mutants a step missed
    that unobservable.py explains: what no Python program could tell apart."""
    counts = {"generated": len(records)}
    for v in ("not-compiled", "equivalent"):
        counts[v] = sum(r["verdict"] == v for r in records)
    judged = [r for r in records if r["verdict"] not in ("not-compiled", "equivalent")]
    counts["judged"] = len(judged)
    observable = {}
    not_run = [r for r in judged if r["runtime"] == NOT_RUN]
    for step, pick in (("corpus", lambda r: r["corpus"]),
                       ("suite", lambda r: None if r["runtime"] == NOT_RUN else r["verdict"])):
        block = {v: sum(pick(r) == v for r in judged) for v in DETECTED + ("survived",)}
        detected = sum(block[v] for v in DETECTED)
        block["score"] = round(100.0 * detected / len(judged), 2) if judged else None
        counts[step] = block
        explained = sum(1 for r in judged if pick(r) == "survived" and r.get("unobservable"))
        rest = len(judged) - explained
        observable[step] = round(100.0 * detected / rest, 2) if rest else None
        observable[step + "_explained"] = explained
    if not_run:
        counts["suite"].update(suite_estimate(judged, len(not_run)))
        observable["suite"] = None
    counts["observable"] = observable
    # Over the mutants not argued equivalent (unobservable.py): the "non-equivalent".
    argued = [r for r in judged if r.get("argued_equivalent")]
    rest = len(judged) - len(argued)
    counts["non_equivalent"] = {"argued_equivalent": len(argued), "judged": rest}
    for step, pick in (("corpus", lambda r: r["corpus"]),
                       ("suite", lambda r: None if r["runtime"] == NOT_RUN else r["verdict"])):
        detected = sum(pick(r) in DETECTED for r in judged if not r.get("argued_equivalent"))
        counts["non_equivalent"][step] = round(100.0 * detected / rest, 2) if rest else None
    if not_run:
        counts["non_equivalent"]["suite"] = None
    # PIT's "test strength": over the non-equivalent mutants of lines some scenario runs, which
    # leaves out what no Python program can reach (C-API-only and out-of-memory paths). A record
    # that does not say what covered it (an older journal's) counts as reached.
    reached = [r for r in judged if not r.get("argued_equivalent")
               and (r.get("covered") or {}).get("scenarios", "all") != 0]
    detected = sum(r["corpus"] in DETECTED for r in reached)
    counts["non_equivalent"]["reached_by_scenarios"] = len(reached)
    counts["non_equivalent"]["corpus_strength"] = round(100.0 * detected / len(reached), 2) if reached else None
    return counts


def suite_estimate(judged, not_run):
    """The whole suite's score when the runtime suite judged only some of the corpus survivors
    (a --corpus-only run, then a sample of its survivors judged again): the survivors it did not
    judge are taken to be detected at the rate of those it judged."""
    run = [r for r in judged if r["corpus"] == "survived" and r["runtime"] != NOT_RUN]
    caught = sum(r["verdict"] in DETECTED for r in run)
    corpus_detected = sum(r["corpus"] in DETECTED for r in judged)
    estimate = None
    if run:
        estimate = round(100.0 * (corpus_detected + caught + not_run * caught / len(run)) / len(judged), 2)
    return {"not_run": not_run, "corpus_survivors_run": len(run), "corpus_survivors_caught": caught,
            "score": estimate, "estimated": True}


def with_functions(records):
    """Records carry the enclosing function and the source line (older journals did not:
    regenerate them from the working tree)."""
    cache = {}
    for r in records:
        if ("function" in r and "source" in r) or r["kind"] != "operator":
            continue
        if r["file"] not in cache:
            text = (REPO / r["file"]).read_text()
            cache[r["file"]] = ({m.id: m.function for m in mutants_mod.generate(text, r["file"])},
                                text.splitlines())
        functions, lines = cache[r["file"]]
        r.setdefault("function", functions.get(r["id"], ""))
        r.setdefault("source", lines[r["line"] - 1].strip() if r["line"] <= len(lines) else "")
    return records


def explain_survivors(records):
    """Mark each corpus survivor a rule of unobservable.py explains (and those it argues
    equivalent), in place; return the records."""
    records = with_functions(records)
    for r in records:
        r.pop("unobservable", None)
        r.pop("argued_equivalent", None)
        if r["kind"] == "operator" and r["corpus"] not in DETECTED:
            rule = matching_rule(r)
            if rule:
                r["unobservable"] = rule["why"]
                # A mutant a step detected is not equivalent, whatever a rule argues: the rule
                # is wrong there, and the mutant stays in the non-equivalent scores.
                if rule.get("equivalent") and r["verdict"] in DETECTED:
                    print("mutate: conformance/mutate/unobservable.py argues %s equivalent, but the "
                          "suite detected it (%s): the rule's argument misses a case"
                          % (r["id"], r["verdict"]), file=sys.stderr)
                elif rule.get("equivalent"):
                    r["argued_equivalent"] = True
    return records


def summarize(records, meta):
    records = explain_survivors(records)
    by_file = {}
    for r in records:
        by_file.setdefault(r["file"] if r["kind"] == "operator" else "catalogue", []).append(r)
    files = {f: score_block(rs) for f, rs in sorted(by_file.items()) if f != "catalogue"}
    operator_records = [r for r in records if r["kind"] == "operator"]
    core = [r for r in operator_records if r["file"].startswith("impls/core/")]
    summary = dict(meta)
    summary["files"] = files
    summary["core"] = score_block(core) if core else None
    summary["total"] = score_block(operator_records) if operator_records else None
    catalogue = by_file.get("catalogue", [])
    summary["catalogue"] = {
        "entries": [{"id": r["id"], "file": r["file"], "bug": r["description"],
                     "verdict": r["verdict"], "corpus": r["corpus"], "runtime": r["runtime"]}
                    for r in catalogue],
        **(score_block(catalogue) if catalogue else {}),
    }
    summary["survivors"] = [
        {"id": r["id"], "file": r["file"], "line": r["line"], "function": r.get("function", ""),
         "operator": r["operator"], "source": r.get("source", ""), "description": r["description"],
         "unobservable": r.get("unobservable")}
        for r in records if r["verdict"] == "survived" and r["runtime"] != NOT_RUN]
    summary["suite_not_run"] = [
        {"id": r["id"], "function": r.get("function", ""), "source": r.get("source", ""),
         "description": r["description"], "unobservable": r.get("unobservable")}
        for r in records if r["runtime"] == NOT_RUN]
    summary["corpus_survivors"] = [
        {"id": r["id"], "function": r.get("function", ""), "description": r["description"],
         "killed_by": r.get("detail", ""), "unobservable": r.get("unobservable")}
        for r in records if r["corpus"] == "survived" and r["verdict"] in DETECTED]
    return summary


def write_atomically(path, text):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=str(path.parent), prefix="." + path.name + ".")
    with os.fdopen(fd, "w") as f:
        f.write(text)
    os.replace(tmp, path)


def format_table(summary):
    rows = ["%-30s %4s %4s %5s %5s %5s %6s %6s %7s %7s" % (
        "file", "gen", "n/c", "equiv", "corp", "suite", "corp%", "suite%", "obs.c%", "obs.s%")]

    def row(name, b):
        det = lambda s: sum(b[s][v] for v in DETECTED)
        pct = lambda x: "-" if x is None else "%.1f" % x
        obs = b.get("observable", {})
        return "%-30s %4d %4d %5d %5d %5d %6s %6s %7s %7s" % (
            name[-30:], b["generated"], b["not-compiled"], b["equivalent"], det("corpus"), det("suite"),
            pct(b["corpus"]["score"]), pct(b["suite"]["score"]), pct(obs.get("corpus")),
            pct(obs.get("suite")))
    for f, b in summary["files"].items():
        rows.append(row(f, b))
    for name in ("core", "total"):
        if summary.get(name):
            rows.append(row("= " + name, summary[name]))
    cat = summary["catalogue"]
    if cat.get("generated"):
        rows.append(row("= catalogue", cat))
    return "\n".join(rows)


# ---- main ---------------------------------------------------------------------------

def parse_args(argv):
    p = argparse.ArgumentParser(prog="mutate", description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog=__doc__.split("\n\n", 2)[2])
    p.add_argument("--scope", action="append", choices=("core", "backends", "catalogue", "all"),
                   help="what to mutate (default: all)")
    p.add_argument("--file", action="append", default=[],
                   help="only mutants of these files (glob, relative to the repository)")
    p.add_argument("--mutant", action="append", default=[], help="only these mutant ids (repeatable)")
    p.add_argument("--mutants-from", metavar="FILE",
                   help="also the mutants a results file or journal names (e.g. judge again, after new "
                        "scenarios, exactly the set an earlier run judged)")
    p.add_argument("--sample", type=int, help="judge N mutants drawn at random (with --seed)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--work", default=str(REPO / "build" / "mutate"),
                   help="private tree, build and journal (default: build/mutate)")
    p.add_argument("--summary", help="write the summary JSON here")
    p.add_argument("--results", help="write every mutant's verdict here (JSON)")
    p.add_argument("--resume", help="reuse detected/equivalent/not-compiled verdicts from this results "
                                    "file or journal (.jsonl)")
    p.add_argument("--continue", dest="resume_all", action="store_true",
                   help="with --resume: reuse every verdict, survivors too (continuing a stopped run "
                        "of the same tree and suite)")
    p.add_argument("--corpus-only", action="store_true",
                   help="judge by the corpus alone: a corpus survivor's runtime field is not-run (judge a "
                        "sample of them with the runtime suite later: --mutants-from, --resume)")
    p.add_argument("--scenario", action="append", default=[], metavar="GLOB",
                   help="the corpus step runs only the scenarios matching these globs (as yieldspec "
                        "check --scenario): after new scenarios, whether they detect what the old "
                        "corpus missed, without running it again")
    p.add_argument("--python", action="append", metavar="3.X", choices=ALL_PYTHONS,
                   help="the CPython targets whose golden traces the corpus step checks, for every "
                        "mutant (repeatable). Default: %s, and all six for a mutant of code that "
                        "depends on the version (a line reading python_minor, a statement an if "
                        "on it controls, or a line writing a field only those read), which shows "
                        "only on the versions it concerns"
                        % " and ".join(PYTHONS))
    p.add_argument("--shard", metavar="I/N",
                   help="judge only every N-th selected mutant from the I-th (0-based): N runs with "
                        "their own --work share a selection")
    p.add_argument("--jobs", type=int, default=1, metavar="N",
                   help="judge in N shards side by side (a private tree and build each, WORK/shard-I), "
                        "after collecting the coverage map once, and summarize them together (e.g. 2 "
                        "on a 2-core machine)")
    p.add_argument("--map", metavar="FILE",
                   help="keep the coverage map in FILE rather than in WORK (shards of one tree share "
                        "it; it is collected again if it was made for another tree)")
    p.add_argument("--no-coverage", action="store_true",
                   help="run every scenario and runtime program for every mutant, not only those "
                        "that run a line it changes (coverage.py)")
    p.add_argument("--no-batch", action="store_true",
                   help="run the corpus and sanitizer steps with a process per cell, as `yieldspec check` does by "
                        "default, rather than with --batch (a process per backend; a cell that does "
                        "not pass there is judged alone): about six times slower")
    p.add_argument("--no-sanitizers", action="store_true",
                   help="leave out the sanitizer step (the corpus under AddressSanitizer + UBSan, "
                        "leak check on the threads backend) and the memcheck runs of the runtime "
                        "tests of code no scenario runs")
    p.add_argument("--corpus-timeout", type=float, default=60)
    p.add_argument("--suite-timeout", type=float, default=300)
    p.add_argument("--rev", help="mutate and test the files of this commit instead of the working tree "
                                 "(e.g. the suite before new scenarios)")
    p.add_argument("--summarize", metavar="JOURNAL", nargs="+",
                   help="run nothing: write --summary (and print the table) from the records of "
                        "journals or results files (e.g. of a stopped run, or of shards), keeping the "
                        "last record of each mutant")
    p.add_argument("--selection", metavar="TEXT",
                   help="with --summarize: what the records are (e.g. the first N of a random order), "
                        "shown in the report")
    p.add_argument("--before", metavar="JOURNAL", nargs="+",
                   help="with --summarize: the records of the same mutants before new scenarios, "
                        "for the core's before/after scores")
    p.add_argument("--list", action="store_true", help="list the selected mutants and stop")
    return p.parse_args(argv)


def select(options, repo):
    """The candidates to judge: --mutant ids (looked up in every scope), then a --sample of the
    --scope/--file selection, or that whole selection when neither is given."""
    scopes = set(options.scope or ["all"])
    if "all" in scopes:
        scopes = {"core", "backends", "catalogue"}
    everything = []
    for scope in ("core", "backends"):
        everything += operator_candidates(source_files(scope, repo), repo)
    everything += catalogue_candidates(repo)

    def selected(c):
        scope = "catalogue" if c.kind == "catalogue" else \
            "core" if c.path.startswith("impls/core/") else "backends"
        return scope in scopes and (not options.file or
                                    any(fnmatch.fnmatch(c.path, g) for g in options.file))

    known = {c.id: c for c in everything}
    by_key = {c.key: c for c in everything}
    missing = [m for m in options.mutant if m not in known]
    if missing:
        raise Fatal("--mutant %s: no such mutant (see --list)" % missing[0])
    picked = [known[m] for m in options.mutant]
    if options.mutants_from:
        # By key first (file text and change), which journals of runs before mutant ids
        # told apart a 1 made 2 from a 1 made 0 still name each of them by.
        for r in load_records(options.mutants_from):
            c = by_key.get(r.get("key")) or known.get(r["id"])
            if c is None:
                raise Fatal("--mutants-from %s: no such mutant %s (see --list)" % (options.mutants_from, r["id"]))
            if c not in picked:
                picked.append(c)
    pool = [c for c in everything if selected(c) and c not in picked]
    if options.sample is not None:
        picked += random.Random(options.seed).sample(pool, min(options.sample, len(pool)))
    elif not (options.mutant or options.mutants_from):
        picked = pool
    return picked


def shard(chosen, spec):
    if spec is None:
        return chosen
    try:
        index, count = (int(x) for x in spec.split("/"))
    except ValueError:
        index, count = -1, 0
    if not 0 <= index < count:
        raise Fatal("--shard %s: expected I/N with 0 <= I < N, e.g. 0/2" % spec)
    return chosen[index::count]


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    options = parse_args(argv)
    work = Path(options.work).resolve()
    try:
        if options.jobs < 1:
            raise Fatal("--jobs %d: expected 1 or more" % options.jobs)
        if options.jobs > 1 and options.shard:
            raise Fatal("--jobs %d and --shard %s: --jobs makes its own shards" % (options.jobs, options.shard))
        if options.rev:
            # A name such as HEAD would say nothing once the branch moves (and shards started
            # later could read another commit): the run and its summary name the commit itself.
            options.rev = commit_of(options.rev)
        if options.summarize:
            return summarize_only(options)
        repo = extract_revision(options.rev, work / "rev") if options.rev else REPO
        chosen = shard(select(options, repo), options.shard)
        if options.list:
            for c in chosen:
                print("%s  %s" % (c.id, c.description))
            return 0
        if options.jobs > 1:
            return run_in_shards(options, repo, work, argv)
        return run_selection(options, repo, work, chosen)
    except Fatal as e:
        print("mutate: %s" % e, file=sys.stderr)
        return 2


def run_selection(options, repo, work, chosen):
    # A terminated run unwinds like an interrupted one: the finally blocks restore the copy.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    work.mkdir(parents=True, exist_ok=True)
    journal = (work / "journal.jsonl").open("a")

    def log(message):
        print(message, flush=True)

    previous = {}
    if options.resume:
        for r in load_records(options.resume):
            # Only verdicts more tests cannot change: what the corpus missed is judged again,
            # unless the run continues a stopped one on the same tree (--continue).
            if options.resume_all or r["verdict"] in ("equivalent", "not-compiled") or \
                    r["corpus"] in DETECTED:
                previous[r["key"]] = r

    tracked_before = {c.path: (repo / c.path).read_bytes() for c in chosen}
    started, cpu_before = time.monotonic(), _children_cpu()
    build = Build(work, log)
    log("mutate: %d mutants; private tree %s" % (len(chosen), build.tree))
    sync_tree(repo, build.tree)
    build.configure()
    status, _, text = build.ninja(["yieldspec"])
    if status != "pass":
        raise Fatal("mutation build: the unmutated tree does not build:\n" + text[-3000:])
    pythons = options.python or PYTHONS
    coverage = None if options.no_coverage else coverage_map(
        work, build.tree, mapped_sources(repo), pythons, log, not options.corpus_only, options.map)
    sanitizer = None
    if not (options.corpus_only or options.no_sanitizers):
        asan = Build(work, log, "build-asan", ("-DCMAKE_BUILD_TYPE=RelWithDebInfo",
                                               "-DYIELDSPEC_SANITIZE=address;undefined"))
        asan.configure()
        sanitizer = asan
    judge = Judge(build, build.backends(), [] if options.corpus_only else build.runtime_tests(),
                  options.corpus_timeout, options.suite_timeout, log, options.corpus_only,
                  options.scenario, pythons, coverage, sanitizer,
                  version_pythons=None if options.python else ALL_PYTHONS,
                  batch=not options.no_batch)
    judge.baseline()

    records = []
    try:
        for n, c in enumerate(chosen, 1):
            reused = previous.get(c.key)
            if reused:
                record = dict(reused, id=c.id, line=c.line, function=c.function, reused=True,
                              source=c.original.splitlines()[c.line - 1].strip())
            else:
                record = judge.judge(c)
            records.append(record)
            journal.write(json.dumps(record) + "\n")
            journal.flush()
            log("[%d/%d] %-12s %s  %s" % (n, len(chosen), record["verdict"], c.id, c.description[:90]))
    finally:
        for path, data in tracked_before.items():
            if (repo / path).read_bytes() != data:
                print("mutate: %s changed during the run (by someone else: this tool writes only "
                      "under %s)" % (path, work), file=sys.stderr)
        # The private copy goes back to the working tree's state even after an interruption.
        sync_tree(repo, build.tree)

    return write_outputs(options, records, run_meta(options, started, cpu_before))


def run_meta(options, started, cpu_before):
    return {
        "command": "scripts/mutate " + " ".join(sys.argv[1:]),
        "commit": options.rev or _git_head(REPO),
        "working_tree_changes": None if options.rev else _dirty(REPO),
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "sample": options.sample, "seed": options.seed if options.sample is not None else None,
        "pythons": options.python or list(PYTHONS), "scenarios": options.scenario or None,
        "jobs": options.jobs, "batch": not options.no_batch,
        "wall_seconds": round(time.monotonic() - started, 1),
        "cpu_seconds": round(_children_cpu() - cpu_before, 1),
    }


def write_summary_and_results(options, summary, records, meta):
    if options.summary:
        write_atomically(options.summary, json.dumps(summary, indent=1) + "\n")
    if options.results:
        write_atomically(options.results, json.dumps({**meta, "mutants": records}, indent=1) + "\n")


def write_outputs(options, records, meta):
    summary = summarize(records, meta)
    write_summary_and_results(options, summary, records, meta)
    print(format_table(summary))
    print("survivors: %d; wall %.0f s, CPU %.0f s" % (len(summary["survivors"]), meta["wall_seconds"],
                                                     meta["cpu_seconds"]))
    return 0


def run_in_shards(options, repo, work, argv):
    """--jobs N: the coverage map once, then N shards of the selection side by side, each a run of
    this tool in its own WORK/shard-I sharing the map, then one summary of their results."""
    started, cpu_before = time.monotonic(), _children_cpu()
    work.mkdir(parents=True, exist_ok=True)
    map_file = Path(options.map).resolve() if options.map else work / "coverage" / "map.json"
    if not options.no_coverage:
        sync_tree(repo, work / "tree")
        coverage_map(work, work / "tree", mapped_sources(repo), options.python or PYTHONS,
                     lambda m: print(m, flush=True), not options.corpus_only, map_file)
    shards = []
    for i in range(options.jobs):
        shard_work = work / ("shard-%d" % i)
        # argparse keeps an option's last value: these override the caller's.
        command = [sys.executable, str(Path(__file__).resolve())] + argv + [
            "--jobs", "1", "--shard", "%d/%d" % (i, options.jobs), "--work", str(shard_work),
            *(["--rev", options.rev] if options.rev else []),
            "--map", str(map_file), "--results", str(shard_work / "results.json"),
            "--summary", str(shard_work / "summary.json")]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        relay = threading.Thread(target=_relay, args=(process.stdout, "[shard %d] " % i))
        relay.start()
        shards.append((shard_work, process, relay))
    records, failed = [], []
    for shard_work, process, relay in shards:
        process.wait()
        relay.join()
        if process.returncode != 0:
            failed.append("%s (exit status %d)" % (shard_work, process.returncode))
        else:
            records += load_records(str(shard_work / "results.json"))
    if failed:
        raise Fatal("shards failed: %s; their verdicts so far are in each one's journal.jsonl "
                    "(--summarize)" % ", ".join(failed))
    return write_outputs(options, records, run_meta(options, started, cpu_before))


def _relay(stream, prefix):
    for line in stream:
        print(prefix + line, end="", flush=True)


def mapped_sources(repo):
    """Every source that has mutants, whatever a run selects: one map serves every run."""
    return source_files("core", repo) + source_files("backends", repo)


def coverage_map(work, tree, sources, pythons, log, with_programs=True, map_file=None):
    """The coverage map of the unmutated private tree (coverage.py), collected once per tree;
    scenarios only unless `with_programs`. `map_file`: where it is kept (default in WORK)."""
    started = time.monotonic()
    cov = Build(work, log, "coverage/build", ("-DCMAKE_BUILD_TYPE=Debug", "-DYIELDSPEC_COVERAGE=ON"))
    collector = Collector(work, cov.dir, tree, sources, pythons, log, map_file=map_file)
    found = collector.cached(with_programs)
    if found is not None:
        log("coverage: the map of this tree is in %s" % collector.map_file)
        return found
    cov.configure()
    status, _, text = cov.ninja(["yieldspec"] + ([Build.RUNTIME_TARGET] if with_programs else []))
    if status != "pass":
        raise Fatal("coverage build: the unmutated tree does not build:\n" + text[-3000:])
    try:
        found = collector.collect(cov.runtime_tests() if with_programs else None,
                                  {src: objs[0] for src, objs in cov.objects().items()})
    except (RuntimeError, subprocess.SubprocessError) as e:
        raise Fatal(str(e))
    log("coverage: mapped in %.0f s" % (time.monotonic() - started))
    return found


def latest_records(paths):
    """The last record of each mutant in these journals or results files, in order, except that
    a record where the corpus missed the mutant never replaces one where it detected it: later
    passes over the same tree judge survivors with new scenarios or other CPython targets
    (--scenario, --python), and a detection by any of them is a detection by the corpus."""
    return latest_records_of(r for path in paths for r in load_records(path))


def latest_records_of(records):
    latest = {}
    for r in records:
        key = r.get("key", r["id"])
        if key in latest and latest[key]["corpus"] in DETECTED and r["corpus"] not in DETECTED:
            continue
        latest[key] = r
    return list(latest.values())


def carried_forward(records, repo=REPO):
    """The records that still name a mutant of the current sources, each keyed as that mutant:
    a journal judged on older sources (before a fix elsewhere in the same file) keys its
    mutants by the whole file's text, which no longer matches. A record is carried by its key
    (the file is unchanged); else to the one current mutant of the same file, function, line
    text and change (several alike: in file order, when the records are as many); else to the
    current mutant at its id if that is the same change to the same line text. A record none of these finds was of code that has changed since: it is
    left out, and returned apart."""
    current = operator_candidates(mapped_sources(repo), repo)
    by_key = {c.key: c for c in current}
    by_id = {c.id: c for c in current}
    lines = {c.path: c.original.splitlines() for c in current}
    by_change = {}
    for c in current:
        change = (c.path, c.function, c.operator, c.description, lines[c.path][c.line - 1].strip())
        by_change.setdefault(change, []).append(c)
    def change(r):
        return (r["file"], r.get("function"), r["operator"], r["description"], r.get("source"))

    def offset(ident):
        return int(ident.split(":")[3])

    # The same change to the same line text more than once (two `ys_decref(v);` in one
    # function): the old records and the current mutants of that change pair up in file order
    # when they are as many.
    moved = [r for r in records if r["kind"] == "operator" and r.get("key") not in by_key]
    paired = {}
    for same_change in {change(r) for r in moved}:
        old = sorted((r for r in moved if change(r) == same_change), key=lambda r: offset(r["id"]))
        new = sorted(by_change.get(same_change, []), key=lambda c: offset(c.id))
        if len(old) == len(new):
            paired.update((id(r), c) for r, c in zip(old, new))
    carried, gone = [], []
    for r in records:
        if r["kind"] != "operator" or r.get("key") in by_key:
            carried.append(r)
            continue
        c = paired.get(id(r)) or (by_id.get(r["id"]) if by_id.get(r["id"]) in by_change.get(change(r), []) else None)
        if c is None:
            gone.append(r)
        else:
            carried.append(dict(r, id=c.id, key=c.key, line=c.line))
    return carried, gone


def carried_records(paths):
    """latest_records of these journals, each carried forward on its own (a journal's records
    are of one tree, so alike changes pair up within it)."""
    carried, gone = [], []
    for path in paths:
        kept, left = carried_forward(latest_records([path]))
        carried += kept
        gone += left
    return latest_records_of(carried), gone


def summarize_only(options):
    records, gone = carried_records(options.summarize)
    if gone:
        print("mutate: %d records name mutants of code changed since they were judged; left out"
              % len(gone), file=sys.stderr)
    meta = {"command": "scripts/mutate " + " ".join(sys.argv[1:]),
            "commit": commit_of(options.rev) if options.rev else _git_head(REPO),
            "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "sample": options.sample,
            "seed": options.seed if options.sample is not None else None, "pythons": list(PYTHONS),
            "summarized_from": " ".join(options.summarize),
            "cpu_seconds": None, "wall_seconds": round(sum(r.get("seconds", 0) for r in records), 1)}
    if options.selection:
        meta["selection"] = options.selection
    meta["generated_in_scope"] = {scope: len(operator_candidates(source_files(scope, REPO), REPO))
                                  for scope in ("core", "backends")}
    meta["generated_in_scope"]["catalogue"] = len(CATALOGUE)
    summary = summarize(records, meta)
    if options.before:
        before = explain_survivors(carried_records(options.before)[0])
        core = [r for r in before if r["kind"] == "operator" and r["file"].startswith("impls/core/")]
        summary["before_new_scenarios"] = score_block(core) if core else None
    # The results are the records carried to today's mutant ids: --mutants-from takes them as they are.
    write_summary_and_results(options, summary, records, meta)
    print(format_table(summary))
    if summary.get("before_new_scenarios"):
        b = summary["before_new_scenarios"]
        print("core before the new scenarios: corpus %s%%, observable corpus %s%%"
              % (b["corpus"]["score"], b["observable"]["corpus"]))
    print("survivors: %d" % len(summary["survivors"]))
    return 0


def load_records(path):
    """Mutant records from a --results file or a journal (one JSON record a line)."""
    text = Path(path).read_text()
    try:
        if path.endswith(".jsonl"):
            return [json.loads(line) for line in text.splitlines() if line.strip()]
        return json.loads(text)["mutants"]
    except (ValueError, KeyError) as e:
        raise Fatal("--resume %s: not a results file or journal of scripts/mutate (%s)" % (path, e))


def _children_cpu():
    u = resource.getrusage(resource.RUSAGE_CHILDREN)
    return u.ru_utime + u.ru_stime


def _dirty(repo):
    r = subprocess.run(["git", "-C", str(repo), "status", "--porcelain"], capture_output=True, text=True)
    return bool(r.stdout.strip())


def commit_of(rev):
    """The abbreviated hash of the commit `rev` names in this repository."""
    r = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--verify", "--quiet", "--short", rev + "^{commit}"],
                       capture_output=True, text=True)
    if r.returncode != 0 or not r.stdout.strip():
        raise Fatal("--rev %s: not a commit of %s" % (rev, REPO))
    return r.stdout.strip()


def _git_head(repo):
    r = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"], capture_output=True,
                       text=True)
    return r.stdout.strip() or None


if __name__ == "__main__":
    sys.exit(main())
