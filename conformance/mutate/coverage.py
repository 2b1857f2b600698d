"""Which scenarios and which runtime programs run each line of the mutated sources.

A mutant changes some lines of one file and nothing else (mutants keep the line count). A
scenario or a runtime program that never runs those lines in the unmutated program runs the same
code and sees the same data with the mutant, so it cannot fail because of it: the corpus and the
runtime suite need to run only what covers the changed lines (the test selection of PIT and mull).
Built once per tree in WORK/coverage (a -O0 gcov build of the same private copy, each scenario and
each runtime program run alone with its own GCOV_PREFIX) and kept in WORK/coverage/map.json. A
corpus-only run maps the scenarios alone (the Criterion tests one by one are most of the map's
cost); such a map answers every runtime question with "all of it".

Where coverage cannot answer, everything runs: a change outside any function (an enum, a file-level
initializer), or lines gcov marks as holding no code (declarations, continuation lines).
"""
import concurrent.futures
import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

MAP_VERSION = 2  # 2: Criterion programs mapped test by test, each on its ctest entry's backend

# A runtime run's name in the map: a ctest entry, or one Criterion test of it ("<entry>" +
# TEST_SEPARATOR + "<suite>/<test>").
TEST_SEPARATOR = " :: "


def changed_lines(original, mutated):
    """1-based numbers of the lines a mutant changes (mutants keep the line count)."""
    return [n for n, (a, b) in enumerate(zip(original.splitlines(), mutated.splitlines()), 1)
            if a != b]


class CoverageMap:
    def __init__(self, data):
        self.executable = {f: set(lines) for f, lines in data["executable"].items()}
        self.scenarios = {s: {f: set(lines) for f, lines in by_file.items()}
                          for s, by_file in data["scenarios"].items()}
        # None: a corpus-only map, made without running the runtime programs.
        self.programs = None if data["programs"] is None else {
            p: {f: set(lines) for f, lines in by_file.items()} for p, by_file in data["programs"].items()}

    def _covering(self, runs, path, lines, function):
        """The names of `runs` that run any of `lines` of `path`, or None: coverage cannot say
        (code outside functions, or no changed line holds code), so every run is needed."""
        code = [n for n in lines if n in self.executable.get(path, ())]
        if not function or not code:
            return None
        return sorted(name for name, by_file in runs.items()
                      if any(n in by_file.get(path, ()) for n in code))

    def scenarios_for(self, path, lines, function):
        return self._covering(self.scenarios, path, lines, function)

    def runtime_for(self, path, lines, function):
        """{ctest entry: its Criterion tests that run a changed line, or None for the whole
        program} over the entries that run one, or None (every runtime run is needed)."""
        if self.programs is None:
            return None
        names = self._covering(self.programs, path, lines, function)
        if names is None:
            return None
        selected = {}
        for name in names:
            entry, _, test = name.partition(TEST_SEPARATOR)
            if test:
                selected.setdefault(entry, []).append(test)
            else:
                selected[entry] = None
        return selected


def criterion_tests(listing):
    """["<suite>/<test>", ...] from the output of a Criterion program's --list."""
    tests, suite = [], None
    for line in listing.splitlines():
        if "── " in line and suite:
            tests.append(suite + "/" + line.split("── ", 1)[1].strip())
        elif line.rstrip().endswith((" test", " tests")) and ": " in line:
            suite = line.split(": ", 1)[0]
    return tests


class Collector:
    """Builds the coverage map of the private tree from its coverage build (a Debug build with
    -DYIELDSPEC_COVERAGE=ON, made by the caller; never while a mutant is applied)."""

    def __init__(self, work, build_dir, tree, sources, pythons, log, jobs=2, map_file=None):
        self.dir = work / "coverage"
        self.build = build_dir
        self.tree = tree
        self.sources = sorted(sources)  # paths relative to the tree whose lines are mapped
        self.pythons = list(pythons)
        self.log = log
        self.jobs = jobs
        self.map_file = Path(map_file) if map_file else self.dir / "map.json"

    # What decides which lines a test runs: the sources, the scenarios and their traces, the build.
    RELEVANT = ("impls", "conformance", "spec", "cmake", "CMakeLists.txt")
    IRRELEVANT_DIRS = ("build", ".git", "mutate")  # this tool's own code changes no coverage

    def digest(self):
        """What the map depends on: every file under RELEVANT but Markdown and this tool, the
        mapped sources and the CPython targets."""
        h = hashlib.sha256(json.dumps([MAP_VERSION, self.pythons, self.sources]).encode())
        for top in self.RELEVANT:
            paths = [self.tree / top] if (self.tree / top).is_file() else []
            for root, dirs, files in os.walk(self.tree / top):
                dirs[:] = sorted(d for d in dirs if d not in self.IRRELEVANT_DIRS)
                paths += [Path(root) / f for f in sorted(files) if not f.endswith(".md")]
            for path in paths:
                h.update(str(path.relative_to(self.tree)).encode() + b"\0")
                h.update(path.read_bytes())
        return h.hexdigest()

    def cached(self, with_programs=True):
        """The map collected for this very tree and these targets (and the runtime programs, if
        `with_programs`), or None."""
        if self.map_file.is_file():
            data = json.loads(self.map_file.read_text())
            if data.get("digest") == self.digest() and (data["programs"] is not None or not with_programs):
                return CoverageMap(data)
        return None

    def collect(self, runtime_tests, objects):
        """Run every scenario and every runtime program (`runtime_tests`: the coverage build's,
        as Build.runtime_tests gives them, or None for a corpus-only map) alone; write and return
        the map. `objects`: each source's object file, relative to the build folder."""
        objects = {src: str(Path(obj).with_suffix(".gcda")) for src, obj in objects.items()
                   if src in self.sources}
        yieldspec = str(self.build / "conformance" / "yieldspec")
        listed = subprocess.run([yieldspec, "check", "--list"], capture_output=True, text=True,
                                check=True).stdout.split()
        scenarios = sorted(set(listed[1::2]))

        def scenario(n_s):
            n, s = n_s
            prefix = self.dir / "runs" / ("s%04d" % n)
            for v in self.pythons:  # gcov adds the counters of later runs into the same files
                self.run_with_prefix(prefix, [yieldspec, "check", "--python", v, "--scenario", s,
                                              "--timeout", "60"], fresh=(v == self.pythons[0]))
            return s, self.lines_run(prefix, objects)

        # A Criterion program runs test by test (its entry's backend alone), so that a mutant
        # reruns only the tests that reach its lines; any other program runs whole.
        runtime_runs = []
        for t in runtime_tests or ():
            if not t["criterion"]:
                runtime_runs.append((t["name"], t["command"], t))
                continue
            listing = subprocess.run(t["command"] + ["--list"], cwd=t["cwd"], env=t["env"],
                                     capture_output=True, text=True, check=True).stdout
            runtime_runs += [(t["name"] + TEST_SEPARATOR + test,
                              t["command"] + ["--filter", test], t)
                             for test in criterion_tests(listing)]

        def program(n_run):
            n, (name, command, t) = n_run
            prefix = self.dir / "runs" / ("p%04d" % n)
            self.run_with_prefix(prefix, command, cwd=t["cwd"], env=t["env"])
            return name, self.lines_run(prefix, objects)

        self.log("coverage: %d scenarios on CPython %s and %s, alone, in a gcov build (once per tree)"
                 % (len(scenarios), "/".join(self.pythons), "no runtime program (corpus only)"
                    if runtime_tests is None else "%d runtime programs (%d runs: Criterion tests one "
                    "by one)" % (len(runtime_tests), len(runtime_runs))))
        data = {"version": MAP_VERSION, "pythons": self.pythons, "scenarios": {},
                "programs": None if runtime_tests is None else {}}
        executable = {}
        with concurrent.futures.ThreadPoolExecutor(self.jobs) as pool:
            for kind, results in (("scenarios", pool.map(scenario, enumerate(scenarios))),
                                  ("programs", pool.map(program, enumerate(runtime_runs)))):
                for name, (run, code) in results:
                    data[kind][name] = {f: sorted(lines) for f, lines in run.items()}
                    for f, lines in code.items():
                        executable.setdefault(f, set()).update(lines)
        data["executable"] = {f: sorted(lines) for f, lines in executable.items()}
        data["digest"] = self.digest()
        shutil.rmtree(self.dir / "runs", ignore_errors=True)
        self.map_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.map_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, self.map_file)
        return CoverageMap(data)

    def run_with_prefix(self, prefix, command, cwd=None, fresh=True, timeout=900, env=None):
        """Run `command` with its gcov counters written under `prefix`, not into the build. The
        exit status does not matter: the unmutated suite passes (the runner's baseline)."""
        if fresh:
            shutil.rmtree(prefix, ignore_errors=True)
            prefix.mkdir(parents=True)
        env = dict(env or os.environ, GCOV_PREFIX=str(prefix),
                   GCOV_PREFIX_STRIP=str(len(self.build.resolve().parts) - 1))
        try:
            subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=timeout)
        except subprocess.TimeoutExpired:
            pass  # what was dumped before still counts; the rest is missing (see lines_run)

    def lines_run(self, prefix, objects):
        """({source: lines run at least once}, {source: lines holding code}) from the counters
        under `prefix`."""
        gcdas = []
        for gcda in objects.values():
            written = prefix / gcda
            if written.is_file():
                note = written.with_suffix(".gcno")
                if not note.exists():
                    os.link(self.build / Path(gcda).with_suffix(".gcno"), note)
                gcdas.append(str(written))
        run, code = {}, {}
        if not gcdas:
            return run, code
        r = subprocess.run(["gcov", "--json-format", "--stdout"] + gcdas, cwd=str(prefix),
                           capture_output=True, text=True)
        if r.returncode != 0:  # a map with lines missing would skip scenarios that matter
            raise RuntimeError("coverage: gcov failed on %s:\n%s" % (prefix, r.stderr[-2000:]))
        by_abs = {str((self.tree / s).resolve()): s for s in objects}
        for line in r.stdout.splitlines():
            if not line.startswith("{"):
                continue
            for f in json.loads(line).get("files", []):
                src = by_abs.get(str(Path(f["file"]).resolve()))
                if src is None:
                    continue
                for entry in f["lines"]:
                    code.setdefault(src, set()).add(entry["line_number"])
                    if entry["count"] > 0:
                        run.setdefault(src, set()).add(entry["line_number"])
        return run, code
