#!/usr/bin/env python3
"""Differential fuzzing of the compiled C against CPython (conformance/fuzz/README.md).

usage: scripts/fuzz --out DIR [--seconds N | --programs N] [--seed S] [--python 3.X]...
                    [--backend NAME]... [--jobs J] [--batch N] [--build DIR] [--summary FILE]
                    [--shrink-seconds N] [--no-shrink]
       scripts/fuzz --replay FILE.py... [--python 3.X]... [--backend NAME]... [--build DIR]
       scripts/fuzz --merge SUMMARY.json... --summary FILE [--python 3.X]... [--build DIR]

Programs come from conformance/fuzz/generate.py, seeds S, S+1, ...; each runs under every CPython
target (default: every 3.8-3.13 found) and on every backend, compiled. Each distinct divergence
(class and targets) is shrunk to a minimal program and written under DIR/<class>/<targets>/: the
original program, the minimal one as a ready-to-commit scenario, the diff and the command that
reproduces it. DIR/summary.json (and --summary FILE) record programs, CPU time and findings.
--replay runs given scenario files once and prints their divergences (exit 1 if any).
--merge adds up the summaries of several runs (a long campaign run in shards) into one, and replays
every finding's minimal scenario on the given build: a finding that no longer diverges is marked
fixed there (exit 1 if an unexplained finding is still open).
"""
import argparse
import concurrent.futures
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import differential  # noqa: E402  (puts spec/tools on the path)
import generate  # noqa: E402
import oracle  # noqa: E402  (spec/tools/oracle.py: its atomic write)
import shrink  # noqa: E402

REPO = differential.REPO
DEFAULT_BUILD = REPO / "build" / "default"
KNOWN = HERE / "known-divergences.txt"
SPEC_DIR = (REPO / "spec").resolve()


def cpu_seconds():
    """CPU time of this process and of every child it has waited for (compilers, oracles, runners)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def program_name(seed):
    return f"misc/seed_{seed}"


# ---- the worker: one batch ----------------------------------------------------------------------------

def fuzz_batch(toolchain, seeds, work):
    """(programs run, CPU seconds, {key: (finding, seed, count)}) for these seeds (finding_key)."""
    started = cpu_seconds()
    programs = {program_name(seed): generate.program_text(seed) for seed in seeds}
    results = differential.run_batch(toolchain, programs, work)
    known = load_known()
    found = {}
    for name, result in results.items():
        seed = int(name.rsplit("_", 1)[1])
        for finding in result.findings:
            key = finding_key(finding, programs[name], known)
            if key in found:
                first = found[key]
                found[key] = (first[0], first[1], first[2] + 1)
            else:
                found[key] = (finding, seed, 1)
    return len(programs), cpu_seconds() - started, found


def finding_key(finding, program, known):
    """What a finding is counted and shrunk under: its signature (class and targets), kept apart
    when the program as generated already shows a known divergence ("... known-N", N its line in
    known-divergences.txt), so a frequent known divergence cannot hide an unknown one of the same
    class and targets. The minimal program is explained again after shrinking."""
    line = known_line(finding, program, known)
    return finding.signature if line is None else f"{finding.signature} known-{line}"


# ---- known divergences ----------------------------------------------------------------------------------

def load_known(path=KNOWN):
    """[(line number, kind, key regex, difference regex, program regex, explanation)] from
    known-divergences.txt."""
    known = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 5:
            raise differential.FuzzError(f"{path}:{number}: expected 5 tab-separated fields: class, targets regex,"
                                         " difference regex, program regex, explanation")
        try:
            known.append((number, fields[0], re.compile(fields[1]), re.compile(fields[2]), re.compile(fields[3]),
                          fields[4]))
        except re.error as error:
            raise differential.FuzzError(f"{path}:{number}: bad regex: {error}")
    return known


def explanation(finding, program, known):
    """Why this divergence is known, or None: its class, targets, first difference and (minimal)
    program must all match one line."""
    line = known_line(finding, program, known)
    return next(why for number, *_, why in known if number == line) if line is not None else None


def known_line(finding, program, known):
    """The line of known-divergences.txt whose class, targets, first difference and program regexes
    all match, or None."""
    for number, kind, key, detail, source, _ in known:
        if (kind == finding.kind and key.fullmatch(finding.key) and detail.search(finding.detail)
                and source.search(program)):
            return number
    return None


# ---- the campaign ---------------------------------------------------------------------------------------

class Progress:
    def __init__(self, seconds, programs_wanted):
        self.started = time.monotonic()
        self.seconds = seconds
        self.programs_wanted = programs_wanted
        self.programs = 0
        self.cpu = 0.0
        self.found = {}
        self.tty = sys.stderr.isatty()
        self.stopped = False  # interrupted: no new batch, the running ones finish

    def add(self, count, cpu, found):
        self.programs += count
        self.cpu += cpu
        for key, (finding, seed, hits) in found.items():
            if key in self.found:
                first = self.found[key]
                self.found[key] = (first[0], min(first[1], seed), first[2] + hits)
            else:
                self.found[key] = (finding, seed, hits)

    def done(self):
        if self.stopped:
            return True
        if self.programs_wanted is not None:
            return self.programs >= self.programs_wanted
        return time.monotonic() - self.started >= self.seconds

    def line(self):
        wall = time.monotonic() - self.started
        rate = self.programs / wall * 60 if wall else 0
        per_program = self.cpu / self.programs * 1000 if self.programs else 0
        classes = Counter(f.kind for f, _, _ in self.found.values())
        shown = ", ".join(f"{k} {n}" for k, n in sorted(classes.items())) or "none"
        return (f"fuzz: {self.programs} programs, {rate:.0f}/min, {per_program:.0f} ms CPU/program, "
                f"findings {len(self.found)} ({shown}), {wall:.0f} s")

    def show(self):
        print(("\r" if self.tty else "") + self.line() + ("" if self.tty else "\n"), end="", file=sys.stderr, flush=True)


def forget_earlier_run(out):
    """An earlier run's findings in `out` would read as this run's: remove the folders its
    summary.json lists (only those: nothing else in `out` is touched)."""
    try:
        earlier = json.loads((out / "summary.json").read_text(encoding="utf-8"))
        folders = [out / finding["folder"] for finding in earlier["findings"]]
    except (OSError, ValueError, KeyError, TypeError):
        return
    for folder in folders:
        if out.resolve() in folder.resolve().parents:
            shutil.rmtree(folder, ignore_errors=True)


def campaign(options, toolchain, out):
    forget_earlier_run(out)
    progress = Progress(options.seconds, options.programs)
    next_seed = options.seed
    scratch = Path(tempfile.mkdtemp(prefix="ys-fuzz-"))
    last_shown = 0.0
    try:
        with concurrent.futures.ProcessPoolExecutor(max_workers=options.jobs, initializer=ignore_interrupts) as pool:
            running = {}
            slot = 0
            while running or not progress.done():
                while len(running) < options.jobs and not progress.done():
                    count = options.batch
                    if options.programs is not None:
                        count = min(count, options.programs - progress.programs - sum(len(s) for s in running.values()))
                        if count <= 0:
                            break
                    seeds = list(range(next_seed, next_seed + count))
                    next_seed += count
                    slot += 1
                    future = pool.submit(fuzz_batch, toolchain, seeds, scratch / f"batch{slot % (options.jobs * 2)}")
                    running[future] = seeds
                if not running:
                    break
                try:
                    finished, _ = concurrent.futures.wait(running, return_when=concurrent.futures.FIRST_COMPLETED)
                except KeyboardInterrupt:
                    if progress.stopped:
                        raise
                    progress.stopped = True
                    print("\nscripts/fuzz: stopping after the running batches (interrupt again to stop now)",
                          file=sys.stderr)
                    continue
                for future in finished:
                    running.pop(future)
                    progress.add(*future.result())
                if time.monotonic() - last_shown >= (1 if progress.tty else 30):
                    progress.show()
                    last_shown = time.monotonic()
        progress.show()
        if progress.tty:
            print(file=sys.stderr)
        wall = time.monotonic() - progress.started
        known = load_known()
        reports = []
        for key, (finding, seed, hits) in sorted(progress.found.items()):
            report = write_finding(options, toolchain, out, key, finding, seed, hits, known, scratch / "shrink")
            reports.append(report)
            print(f"{report['class']} {report['targets']}: {report['difference']} "
                  f"({report['explained'] or 'UNEXPLAINED'}) -> {out / report['folder']}", file=sys.stderr)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    summary = {
        "tool": "scripts/fuzz",
        "date": time.strftime("%Y-%m-%d", time.gmtime()),
        "commit": source_commit(),
        "first_seed": options.seed,
        "programs": progress.programs,
        "cpu_seconds": round(progress.cpu, 1),
        "wall_seconds": round(wall, 1),
        "programs_per_minute": round(progress.programs / wall * 60, 1) if wall else 0,
        "cpu_ms_per_program": round(progress.cpu / progress.programs * 1000, 1) if progress.programs else 0,
        "jobs": options.jobs,
        "pythons": [f"3.{m}" for m in toolchain.minors],
        "backends": toolchain.backends,
        "findings_by_class": dict(sorted(Counter(r["class"] for r in reports).items())),
        "unexplained": sum(1 for r in reports if not r["explained"]),
        "findings": reports,
    }
    text = json.dumps(summary, indent=2, ensure_ascii=False) + "\n"
    write_atomically(out / "summary.json", text)
    if options.summary:
        write_atomically(Path(options.summary), text)
    return summary


def ignore_interrupts():
    """In a worker: Ctrl-C and SIGTERM are for the campaign, which lets running batches finish."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def interrupt(signum, frame):
    raise KeyboardInterrupt


def source_commit():
    """The commit the fuzzer runs from, "-dirty" when tracked files differ from it (None outside git)."""
    def git(*args):
        return subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True, check=True).stdout
    try:
        commit = git("rev-parse", "--short=12", "HEAD").strip()
        return commit + ("-dirty" if git("status", "--porcelain", "--untracked-files=no").strip() else "")
    except (OSError, subprocess.CalledProcessError):
        return None


def write_finding(options, toolchain, out, key, finding, seed, hits, known, work):
    """DIR/<class>/<targets>[-known-N]/: program.py, scenario.py (minimal), diff.txt, README.txt (how
    to reproduce); `key` is the finding's (finding_key)."""
    folder = out / finding.kind / re.sub(r"[^A-Za-z0-9_.+@-]", "_", key[len(finding.kind) + 1:].replace(" ", "-"))
    folder.mkdir(parents=True, exist_ok=True)
    source = generate.program_text(seed)
    write_atomically(folder / "program.py", source)
    minimal, minimal_finding = source, finding
    if not options.no_shrink and finding.kind not in ("oracle-error",):
        minimal, _, findings = shrink.shrink(toolchain, source, finding.signature, work, options.shrink_seconds)
        minimal_finding = next((f for f in findings or [] if f.signature == finding.signature), finding)
    category = shrink.guess_category(minimal_finding, minimal)
    scenario = shrink.scenario_text(minimal, minimal_finding, f"fuzz seed {seed}")
    write_atomically(folder / "scenario.py", scenario)
    write_atomically(folder / "diff.txt", (minimal_finding.diff or minimal_finding.detail) + "\n")
    pythons = " ".join(f"--python 3.{m}" for m in toolchain.minors)
    reproduce = f"scripts/fuzz --replay {folder / 'scenario.py'} {pythons}"
    write_atomically(folder / "README.txt",
                     f"{finding.kind} {finding.key}: {minimal_finding.detail}\n\n"
                     f"Found by seed {seed} ({hits} programs of this run showed it).\n"
                     f"Reproduce:  {reproduce}\n"
                     f"Original:   scripts/fuzz --programs 1 --seed {seed} {pythons} --out /tmp/fuzz-{seed}\n"
                     f"To add it to the corpus: copy scenario.py to spec/scenarios/{category}/<behaviour>.py, "
                     "state the rule in its docstring, run scripts/regen-traces.\n")
    return {
        "class": finding.kind, "targets": finding.key, "difference": minimal_finding.detail, "seed": seed,
        "programs": hits, "category": category, "folder": folder.relative_to(out).as_posix(), "minimal_lines": len(minimal.splitlines()),
        "explained": explanation(minimal_finding, minimal, known),
    }


def write_atomically(path, text):
    """The oracle's atomic write (temporary file, then rename), into a folder made first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    oracle.write_atomically(path, text)


def replay(options, toolchain):
    """Run given scenario files once; print each divergence; 1 if any."""
    programs = {}
    for number, path in enumerate(options.replay):
        try:
            programs[f"misc/replay_{number}"] = Path(path).read_text(encoding="utf-8")
        except OSError as error:
            raise differential.FuzzError(f"{path}: {error.strerror}")
    with tempfile.TemporaryDirectory(prefix="ys-fuzz-") as scratch:
        results = differential.run_batch(toolchain, programs, Path(scratch))
    diverged = False
    for number, path in enumerate(options.replay):
        for finding in results[f"misc/replay_{number}"].findings:
            diverged = True
            print(f"{path}: {finding.kind} {finding.key}: {finding.detail}")
            if finding.diff:
                print(finding.diff)
        if not results[f"misc/replay_{number}"].findings:
            print(f"{path}: no divergence")
    return 1 if diverged else 0


def merge(options, toolchain):
    """One summary from several runs' summaries; each finding replayed on this build and explained (or not)
    by today's known-divergences.txt."""
    shards = []
    for path in options.merge:
        try:
            shards.append((Path(path).parent, json.loads(Path(path).read_text(encoding="utf-8"))))
        except (OSError, ValueError) as error:
            raise differential.FuzzError(f"{path}: not a scripts/fuzz summary ({error})")
    for path, (_, shard) in zip(options.merge, shards):
        missing = {"programs", "cpu_seconds", "wall_seconds", "first_seed", "findings", "pythons", "backends"} - set(shard)
        if missing:
            raise differential.FuzzError(f"{path}: not a scripts/fuzz summary (no {', '.join(sorted(missing))})")
    findings, replays = [], {}
    for folder, shard in shards:
        for finding in shard["findings"]:
            scenario = folder / finding["folder"] / "scenario.py"
            replays[f"misc/merged_{len(findings)}"] = scenario.read_text(encoding="utf-8")
            findings.append(dict(finding, folder=str(scenario.parent)))
    if replays:
        with tempfile.TemporaryDirectory(prefix="ys-fuzz-") as scratch:
            results = differential.run_batch(toolchain, replays, Path(scratch))
    commit = source_commit()
    known = load_known()
    for number, finding in enumerate(findings):
        still = results[f"misc/merged_{number}"].findings
        finding["fixed_at"] = None if still else commit
        # Explained by today's known-divergences.txt, which may have learnt of it since the shard ran.
        finding["explained"] = next((why for why in (explanation(f, replays[f"misc/merged_{number}"], known)
                                                     for f in still) if why), None)
    programs = sum(shard["programs"] for _, shard in shards)
    cpu = sum(shard["cpu_seconds"] for _, shard in shards)
    wall = sum(shard["wall_seconds"] for _, shard in shards)
    summary = {
        "tool": "scripts/fuzz",
        "date": max(shard["date"] for _, shard in shards),
        "commit": ", ".join(sorted({shard.get("commit") or "unknown" for _, shard in shards})),
        "replayed_at": commit,
        "shards": len(shards),
        "first_seed": min(shard["first_seed"] for _, shard in shards),
        "programs": programs,
        "cpu_seconds": round(cpu, 1),
        "wall_seconds": round(wall, 1),
        "programs_per_minute": round(programs / wall * 60, 1) if wall else 0,
        "cpu_ms_per_program": round(cpu / programs * 1000, 1) if programs else 0,
        "jobs": max(shard["jobs"] for _, shard in shards),
        "pythons": sorted({p for _, shard in shards for p in shard["pythons"]}, key=lambda v: int(v.split(".")[1])),
        "backends": list(dict.fromkeys(b for _, shard in shards for b in shard["backends"])),
        "findings_by_class": dict(sorted(Counter(f["class"] for f in findings).items())),
        "fixed": sum(1 for f in findings if f["fixed_at"]),
        "unexplained": sum(1 for f in findings if not f["explained"] and not f["fixed_at"]),
        "findings": findings,
    }
    write_atomically(Path(options.summary), json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    for f in findings:
        status = f"fixed at {f['fixed_at']}" if f["fixed_at"] else (f["explained"] or "OPEN, UNEXPLAINED")
        print(f"{f['class']} {f['targets']} (seed {f['seed']}): {status}")
    print(f"scripts/fuzz: {len(shards)} runs, {programs} programs, {cpu / 3600:.2f} CPU hours, "
          f"{len(findings)} findings, {summary['fixed']} fixed, {summary['unexplained']} unexplained open")
    return 1 if summary["unexplained"] else 0


def parse(argv):
    parser = argparse.ArgumentParser(prog="scripts/fuzz", description=__doc__.split("\n")[1],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    budget = parser.add_mutually_exclusive_group()
    budget.add_argument("--seconds", type=float, default=60, help="fuzz for this long (default 60)")
    budget.add_argument("--programs", type=int, help="fuzz exactly this many programs instead")
    parser.add_argument("--seed", type=int, default=1, help="first program seed (default 1)")
    parser.add_argument("--python", action="append", default=[], metavar="3.X",
                        help="a CPython target (repeatable; default every 3.8-3.13 found)")
    parser.add_argument("--backend", action="append", default=[], help="a backend (repeatable; default all)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="batches run at once")
    parser.add_argument("--batch", type=int, default=50, help="programs per compile (default 50)")
    parser.add_argument("--build", type=Path, default=DEFAULT_BUILD, help="CMake build directory (default build/default)")
    parser.add_argument("--out", type=Path, help="folder for findings and summary.json (not inside spec/)")
    parser.add_argument("--summary", help="also write the summary JSON here")
    parser.add_argument("--shrink-seconds", type=float, default=300, help="time for shrinking each finding")
    parser.add_argument("--no-shrink", action="store_true", help="keep findings as generated")
    parser.add_argument("--replay", nargs="+", metavar="FILE.py", help="run these scenario files once")
    parser.add_argument("--merge", nargs="+", metavar="SUMMARY.json",
                        help="add up these runs' summaries into --summary FILE, replaying each finding")
    options = parser.parse_args(argv)
    minors = []
    for value in options.python:
        match = re.fullmatch(r"3\.(\d+)", value)
        if not match or not 8 <= int(match.group(1)) <= 13:
            parser.error(f"--python {value}: expected 3.8 to 3.13")
        minors.append(int(match.group(1)))
    options.minors = sorted(set(minors)) or list(range(8, 14))
    if options.replay is not None and options.merge is not None:
        parser.error("--replay and --merge exclude each other")
    if options.merge is not None:
        if options.summary is None:
            parser.error("--merge needs --summary FILE: where the merged summary goes")
    elif options.replay is None:
        if options.out is None:
            parser.error("--out DIR is required: where findings go")
        resolved = options.out.resolve()
        if resolved == SPEC_DIR or SPEC_DIR in resolved.parents:
            parser.error(f"--out {options.out}: findings never go into spec/ (promote them by hand)")
        for name in ("jobs", "batch"):
            if getattr(options, name) < 1:
                parser.error(f"--{name} must be at least 1")
        if options.programs is not None and options.programs < 1:
            parser.error("--programs must be at least 1")
        if options.programs is None and options.seconds <= 0:
            parser.error("--seconds must be positive")
    return options


def main(argv=None):
    options = parse(argv)
    signal.signal(signal.SIGTERM, interrupt)
    try:
        toolchain = differential.Toolchain(options.build, options.minors, options.backend or None)
        if options.replay is not None:
            return replay(options, toolchain)
        if options.merge is not None:
            return merge(options, toolchain)
        summary = campaign(options, toolchain, options.out)
    except differential.FuzzError as error:
        print(f"scripts/fuzz: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nscripts/fuzz: interrupted", file=sys.stderr)
        return 130
    return 1 if summary["unexplained"] else 0


if __name__ == "__main__":
    sys.exit(main())
