"""Run every benchmark of one run: ys-bench's C peers, each backend's
operations and each backend's memory benchmark (each group in its own process,
see process_groups), the Python peers on CPython 3.11, 3.13 and PyPy3, and
optionally instruction counts under callgrind. Writes OUT/results.json
(merged) and the raw outputs under OUT/raw/.

Usage: run.py --binary build/release/bench/ys-bench --out reports/LABEL [--smoke] [--instructions]
"""

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import results  # noqa: E402  (the sibling module, found through the path set above)

PEER_SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "peers", "python_generators.py")
PYTHON_PEERS = ("3.11", "3.13")
SMOKE_ITERATIONS = 10
MEMORY_TIMEOUT_S = 600


def log(message):
    print("bench: " + message, file=sys.stderr, flush=True)


def list_benchmarks(binary):
    out = subprocess.run([binary, "--benchmark_list_tests"], check=True, capture_output=True, text=True).stdout
    return [results.canonical_name(line) for line in out.split()]


def process_groups(binary):
    """[(label, [names])]: the C peers in one process, each backend's operations in
    another, each compiled-scenario workload alone (generated code is the
    likeliest to crash), and each backend's memory benchmark alone
    (separately returned: it runs once, untimed). A backend that crashes,
    or leaves state behind (stack pools, a fragmented heap), cannot touch
    another's numbers; within a process the repetitions are interleaved."""
    peers = set(results.C_PEERS + (results.ASM_SWITCH_PEER,))
    groups = {"peers": []}
    memory = []
    for name in list_benchmarks(binary):
        operation, implementation, _ = results.split_name(name)
        if operation == "memory":
            memory.append(("memory-" + implementation, [name]))
        elif operation.startswith("scenario_"):
            groups["%s-%s" % (operation, implementation)] = [name]
        else:
            groups.setdefault("peers" if name in peers else implementation, []).append(name)
    return list(groups.items()), memory


def name_filter(names):
    # Benchmark names are [a-z0-9_/:] only: no regex escaping needed.
    return "--benchmark_filter=^(%s)(/iterations:[0-9]+/repeats:[0-9]+)?$" % "|".join(names)


# The threads backend's generator and its resumer never run at once, so they
# are measured sharing one CPU, like the futex_same_cpu peer the issue's
# target compares them with: unpinned, every handoff wakes the other vCPU,
# which on an idle VM costs what futex_two_cpus shows (tens of µs).
PINNED_BACKENDS = ("threads",)


def pins_to_one_cpu(label):
    return not label.startswith("memory-") and label.split("-")[-1] in PINNED_BACKENDS


def pin_to_first_cpu():
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def run_group(command, names, out_json, timeout=None, one_cpu=False):
    """(context, entries) of one ys-bench process; a crash or timeout becomes
    an error entry for each of its benchmarks."""
    log(("(pinned to one CPU) " if one_cpu else "") + " ".join(command))
    try:
        status = subprocess.run(command, timeout=timeout, stdout=sys.stderr,
                                preexec_fn=pin_to_first_cpu if one_cpu else None).returncode
        failure = None if status == 0 else "exit status %d" % status
    except subprocess.TimeoutExpired:
        failure = "timed out after %d s" % timeout
    if not failure:
        document = results.load(out_json)
        return document["context"], document["benchmarks"]
    return None, [{"name": name, "run_name": name, "run_type": "iteration", "error_occurred": True,
                   "error_message": "the process failed: " + failure} for name in names]


def timed_arguments(options):
    if options.smoke:
        return ["--ys_iterations=%d" % SMOKE_ITERATIONS]
    # Random interleaving spreads each benchmark's repetitions over its process's
    # whole run, so a burst of load on the shared machine hits them all alike.
    return ["--benchmark_repetitions=%d" % options.repetitions, "--benchmark_min_time=%g" % options.min_time,
            "--benchmark_enable_random_interleaving=true", "--benchmark_display_aggregates_only=true"]


def run_benchmarks(binary, raw_dir, options):
    """(context of the first process, every entry) of the timed and memory groups."""
    timed_groups, memory_groups = process_groups(binary)
    context, entries = None, []
    for label, names in timed_groups + memory_groups:
        out_json = os.path.join(raw_dir, "ys-bench-%s.json" % label)
        args = timed_arguments(options) if not label.startswith("memory-") else []
        command = [binary, name_filter(names), "--benchmark_out=" + out_json, "--benchmark_out_format=json",
                   "--benchmark_format=console"] + args
        group_context, group_entries = run_group(command, names, out_json,
                                                 MEMORY_TIMEOUT_S if label.startswith("memory-") else None,
                                                 one_cpu=pins_to_one_cpu(label))
        context = context or group_context
        entries += group_entries
    return context, entries


def find_python_interpreters():
    """[(label, path)] for CPython 3.11 and 3.13 (pyenv's newest of each, else python3.X on PATH) and PyPy3."""
    found = []
    pyenv_root = None
    if shutil.which("pyenv"):
        pyenv_root = subprocess.run(["pyenv", "root"], capture_output=True, text=True).stdout.strip()
    for minor in PYTHON_PEERS:
        candidates = []
        if pyenv_root:
            candidates = sorted(glob.glob(os.path.join(pyenv_root, "versions", minor + ".*", "bin", "python3")),
                                key=lambda p: [int(x) for x in re.findall(r"\d+", p.split("versions")[-1])])
        path = candidates[-1] if candidates else shutil.which("python" + minor)
        if path:
            found.append(("cpython-" + minor, path))
        else:
            log("CPython %s not found (pyenv or python%s on PATH): its peer is skipped" % (minor, minor))
    pypy = shutil.which("pypy3")
    if pypy:
        found.append(("pypy3", pypy))
    else:
        log("pypy3 not found on PATH: its peer is skipped")
    return found


def run_python_peers(raw_dir, options):
    documents = []
    for label, interpreter in find_python_interpreters():
        out_json = os.path.join(raw_dir, label + ".json")
        if options.smoke:
            args = ["--repetitions", "1", "--iterations", str(SMOKE_ITERATIONS)]
        else:
            args = ["--repetitions", str(options.repetitions), "--min-time", str(options.min_time)]
        command = [interpreter, PEER_SCRIPT, "--out", out_json] + args
        log(" ".join(command))
        if subprocess.run(command).returncode == 0:
            documents.append(results.load(out_json))
        elif options.smoke:
            # The smoke run is the peers' test: a peer that stopped working must fail it, not vanish.
            raise SystemExit("bench: the %s peer failed (its output is above)" % label)
        else:
            log("the %s peer failed; it is left out of this run" % label)
    return documents


def count_instructions(binary, raw_dir, iterations):
    """Instructions per iteration of every timed benchmark: ys-bench dumps
    callgrind's counters at the end of each timed loop (shim.cc), for exactly
    `iterations` iterations; set-up outside the loop is not counted. One
    valgrind process per group, as for the timed runs."""
    if not shutil.which("valgrind"):
        log("valgrind not found: no instruction counts")
        return []
    counts = []
    for label, names in process_groups(binary)[0]:
        with tempfile.TemporaryDirectory() as dump_dir:
            # --max-threads: the threads backend keeps a chunk of 1024 suspended
            # generators (threads) alive in `close`; valgrind's default is 500.
            # Branch and cache simulation give each function's mispredictions and misses
            # (the report's breakdown); uncompressed names keep every dump self-contained.
            command = ["valgrind", "--tool=callgrind", "--max-threads=4096", "--branch-sim=yes",
                       "--cache-sim=yes", "--compress-strings=no", "--compress-pos=no",
                       "--callgrind-out-file=" + os.path.join(dump_dir, "callgrind.out"), binary, name_filter(names), "--ys_iterations=%d" % iterations,
                       "--benchmark_out=" + os.path.join(raw_dir, "callgrind-%s.json" % label),
                       "--benchmark_out_format=json"]
            log(" ".join(command))
            if subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode != 0:
                log("callgrind run of %s failed: no instruction counts for it" % label)
                continue
            for dump in glob.glob(os.path.join(dump_dir, "callgrind.out.*")):
                with open(dump) as f:
                    text = f.read()
                name = re.search(r"^desc: Trigger: Client Request: (.*)$", text, re.M)
                total = re.search(r"^summary: (\d+)", text, re.M)
                if name and total:
                    counts.append({"name": results.canonical_name(name.group(1)), "iterations": iterations,
                                   "instructions_per_iteration": int(total.group(1)) / iterations,
                                   "functions": function_costs(text, iterations)})
    return sorted(counts, key=lambda c: c["name"])


# What the report's per-function breakdown shows of callgrind's events: instructions, conditional
# and indirect branches with their simulated mispredictions, first-level data cache misses.
PROFILE_EVENTS = ("Ir", "Bc", "Bcm", "Bi", "Bim", "D1mr", "D1mw")


def function_costs(dump, iterations, least=0.5):
    """[{"function", event: per iteration}] of one callgrind dump, by self cost (a function's own
    instructions, not its callees'), most first; functions below `least` instructions per
    iteration are left out. A cost line right after `calls=` is the call's inclusive cost and
    belongs to the callee, so it is skipped."""
    events, own, function, after_call = [], {}, None, False
    for line in dump.splitlines():
        if line.startswith("events:"):
            events = line.split()[1:]
        elif line.startswith("fn="):
            function = line[3:]
        elif line.startswith("calls="):
            after_call = True
        elif line and (line[0].isdigit() or line[0] in "+-*"):
            if after_call:
                after_call = False
                continue
            # name'2 is callgrind's name for a second activation of a function on another stack
            # (the two halves of a context switch): one function for the reader.
            totals = own.setdefault(re.sub(r"'\d+$", "", function), [0] * len(events))
            for i, value in enumerate(line.split()[1:]):
                totals[i] += int(value)
    shown = [e for e in PROFILE_EVENTS if e in events]
    rows = [dict({"function": f}, **{e: round(totals[events.index(e)] / iterations, 2) for e in shown})
            for f, totals in own.items() if "Ir" in events and totals[events.index("Ir")] / iterations >= least]
    return sorted(rows, key=lambda r: (-r["Ir"], r["function"]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, help="the ys-bench executable")
    parser.add_argument("--out", required=True, help="directory for results.json and raw/")
    parser.add_argument("--smoke", action="store_true",
                        help="%d iterations of everything, one repetition: checks that it all runs" % SMOKE_ITERATIONS)
    parser.add_argument("--repetitions", type=int, default=9,
                        help="repetitions per benchmark (default 9, the fewest the U test trusts)")
    parser.add_argument("--min-time", type=float, default=0.05, help="seconds per repetition (default 0.05)")
    parser.add_argument("--instructions", type=int, nargs="?", const=1000, default=0, metavar="ITERATIONS",
                        help="also count instructions per operation under callgrind (default 1000 iterations)")
    parser.add_argument("--no-python", action="store_true", help="skip the CPython/PyPy peers")
    options = parser.parse_args()

    raw_dir = os.path.join(options.out, "raw")
    os.makedirs(raw_dir, exist_ok=True)
    started = time.time()
    with open("/proc/loadavg") as f:
        load_before = f.read().split()[:3]

    context, entries = run_benchmarks(options.binary, raw_dir, options)
    if context is None:
        log("every ys-bench process failed; see the messages above")
        return 1
    benchmarks = [dict(e, source="ys-bench") for e in entries]
    sources = {"ys-bench": context}
    if not options.no_python:
        for document in run_python_peers(raw_dir, options):
            label = document["context"]["implementation"]
            sources[label] = document["context"]
            benchmarks += [dict(e, source=label) for e in document["benchmarks"]]
    instructions = count_instructions(options.binary, raw_dir, options.instructions) if options.instructions else []

    with open("/proc/loadavg") as f:
        load_after = f.read().split()[:3]
    method = {
        "mode": "smoke" if options.smoke else "full",
        "repetitions": 1 if options.smoke else options.repetitions,
        "min_time_s": None if options.smoke else options.min_time,
        "iterations": SMOKE_ITERATIONS if options.smoke else "chosen by Google Benchmark / the peer timer",
        "processes": "C peers in one process; per backend: its operations in one, each scenario "
                     "workload and its memory benchmark in one of their own; the %s backend's timed "
                     "processes pinned to one CPU, like the futex_same_cpu peer" % ", ".join(PINNED_BACKENDS),
        "statistic": "median of the repetitions' wall time per operation; spread: interquartile range / median",
        "instruction_iterations": options.instructions or None,
        "load_average_before": load_before,
        "load_average_after": load_after,
        "duration_s": round(time.time() - started, 1),
    }
    document = {"context": dict(context, method=method), "sources": sources,
                "benchmarks": benchmarks, "instructions": instructions}
    path = os.path.join(options.out, "results.json")
    with open(path, "w") as f:
        json.dump(document, f, indent=1)
        f.write("\n")
    log("wrote %s (%d entries, %d instruction counts) in %.0f s"
        % (path, len(benchmarks), len(instructions), time.time() - started))


if __name__ == "__main__":
    sys.exit(main())
