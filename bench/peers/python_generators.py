"""Time Python's own generators doing the operations ys-bench measures in C.

Runs unchanged on CPython 3.8-3.13 and PyPy3 (standard library only) and
writes Google Benchmark's JSON layout (repetitions plus median/mean/stddev/cv
aggregates), so the report and compare tools read C and Python results alike.
Names: "<operation>/<interpreter>[/<argument>:<value>]", e.g. "next/cpython-3.11".

The compiled-scenario workloads (scenario_*) are timed like for like with ys-bench's: the
scenario's module is executed once, then each iteration performs its DRIVE steps and builds its
trace exactly as the oracle (spec/tools/oracle.py) does, garbage collection included (off on
CPython; gc.collect() after every step on PyPy, which the oracle needs to finalize on time).

Usage: python_generators.py [--repetitions N] [--min-time S] [--iterations N] [--out FILE]
"""

import argparse
import builtins
import datetime
import gc
import json
import os
import platform
import statistics
import sys
from itertools import repeat
from time import perf_counter_ns

# Closing and creating generators is measured in chunks so that setting up the
# next suspended generators stays outside the timed span, without a clock read
# per operation.
CHUNK = 1024
YIELD_FROM_DEPTHS = (1, 10, 100, 1000)
PIPELINE_STAGES = (1, 4, 16)


def counter():
    i = 0
    while True:
        yield i
        i += 1


def accumulator():
    total = 0
    while True:
        total += yield total


def catcher():
    while True:
        try:
            yield 1
        except ValueError:
            pass


def delegate(inner):
    return (yield from inner)


def add_one_stage(source):
    for x in source:
        yield x + 1


def time_next(n, _arg):
    g = counter()
    start = perf_counter_ns()
    for _ in repeat(None, n):
        next(g)
    return perf_counter_ns() - start


def time_send(n, _arg):
    g = accumulator()
    next(g)
    send = g.send  # the attribute lookup is not part of send
    start = perf_counter_ns()
    for _ in repeat(None, n):
        send(1)
    return perf_counter_ns() - start


def time_throw(n, _arg):
    g = catcher()
    next(g)
    throw = g.throw
    start = perf_counter_ns()
    for _ in repeat(None, n):
        throw(ValueError())  # a fresh instance: a reused one grows its traceback
    return perf_counter_ns() - start


def time_close(n, _arg):
    elapsed = 0
    for k in chunk_sizes(n):
        gens = [counter() for _ in repeat(None, k)]
        for g in gens:
            next(g)
        start = perf_counter_ns()
        for g in gens:
            g.close()
        elapsed += perf_counter_ns() - start
    return elapsed


def time_create_next_close(n, _arg):
    start = perf_counter_ns()
    for _ in repeat(None, n):
        g = counter()
        next(g)
        g.close()
    return perf_counter_ns() - start


def time_yield_from(n, depth):
    top = counter()
    for _ in range(depth):
        top = delegate(top)
    start = perf_counter_ns()
    for _ in repeat(None, n):
        next(top)
    return perf_counter_ns() - start


def time_pipeline(n, stages):
    last = counter()
    for _ in range(stages):
        last = add_one_stage(last)
    start = perf_counter_ns()
    for _ in repeat(None, n):
        next(last)
    return perf_counter_ns() - start


def chunk_sizes(n):
    while n > 0:
        yield min(CHUNK, n)
        n -= CHUNK


# (operation, timer, argument name, argument values): the same list as ys-bench's.
OPERATIONS = (
    ("next", time_next, None, (None,)),
    ("send", time_send, None, (None,)),
    ("throw", time_throw, None, (None,)),
    ("close", time_close, None, (None,)),
    ("create_next_close", time_create_next_close, None, (None,)),
    ("yield_from", time_yield_from, "depth", YIELD_FROM_DEPTHS),
    ("pipeline", time_pipeline, "stages", PIPELINE_STAGES),
)


# The workloads of bench/src/scenario_workloads.c: (operation, spec/scenarios/<path>.py).
SCENARIO_WORKLOADS = (
    ("scenario_scheduler", "nesting/round_robin_scheduler"),
    ("scenario_accumulator", "send/accumulator"),
    ("scenario_parser", "send/line_parser"),
)
SPEC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "spec")


def scenario_timer(scenario_path):
    """A timer of one scenario's DRIVE steps, its module executed once beforehand."""
    sys.path.insert(0, os.path.join(SPEC, "tools"))
    import oracle  # noqa: E402  (the oracle's own driver, so the work is the oracle's)

    root = os.path.join(SPEC, "scenarios")
    path = os.path.join(root, scenario_path + ".py")
    scenario = oracle.load_scenario(path, root)
    with open(path, encoding="utf-8") as f:
        source = f.read()
    loader = oracle.Driver(scenario, oracle.Trace(scenario.name), oracle.THIS_INTERPRETER)
    loader.run_module(source)

    def time_drive(n, _arg):
        collecting = gc.isenabled()
        gc.disable()  # as oracle.run(): CPython finalizes by reference counting alone
        previous_hook = sys.unraisablehook
        start = perf_counter_ns()
        for _ in repeat(None, n):
            driver = oracle.Driver(scenario, oracle.Trace(scenario.name), oracle.THIS_INTERPRETER)
            driver.namespace = loader.namespace
            builtins.emit = driver.emit
            sys.unraisablehook = driver.unraisable
            driver.run_steps()
            driver.trace.text()
        elapsed = perf_counter_ns() - start
        sys.unraisablehook = previous_hook
        if collecting:
            gc.enable()
        return elapsed

    return time_drive


def interpreter_label():
    name = "pypy" if platform.python_implementation() == "PyPy" else "cpython"
    return "%s-%d.%d" % (name, sys.version_info[0], sys.version_info[1])


def calibrate(timer, arg, min_time_ns):
    """Grow the iteration count until one repetition lasts min_time_ns (as Google Benchmark does)."""
    n = 1
    while True:
        elapsed = timer(n, arg)
        if elapsed >= min_time_ns or n >= 10 ** 9:
            return n
        growth = 1.4 * min_time_ns / max(elapsed, 1)
        n = int(min(max(n * growth, n + 1), n * 10))


def measure(name, timer, arg, repetitions, min_time_ns, fixed_iterations):
    iterations = fixed_iterations or calibrate(timer, arg, min_time_ns)
    per_op = [timer(iterations, arg) / iterations for _ in range(repetitions)]
    runs = [run_entry(name, "iteration", iterations, ns, repetition_index=i, repetitions=repetitions)
            for i, ns in enumerate(per_op)]
    if repetitions > 1:
        mean = statistics.mean(per_op)
        stdev = statistics.stdev(per_op)
        for aggregate, value in (("mean", mean), ("median", statistics.median(per_op)),
                                 ("stddev", stdev), ("cv", stdev / mean if mean else 0.0)):
            entry = run_entry(name, "aggregate", iterations, value, repetitions=repetitions)
            entry["name"] = "%s_%s" % (name, aggregate)
            entry["aggregate_name"] = aggregate
            if aggregate == "cv":
                entry["aggregate_unit"] = "percentage"
            runs.append(entry)
    return runs


def run_entry(name, run_type, iterations, ns_per_op, repetition_index=0, repetitions=1):
    # Only wall time is measured; cpu_time repeats it so readers of Google
    # Benchmark's layout find the field.
    return {
        "name": name, "run_name": name, "run_type": run_type,
        "repetitions": repetitions, "repetition_index": repetition_index,
        "threads": 1, "iterations": iterations,
        "real_time": ns_per_op, "cpu_time": ns_per_op, "time_unit": "ns",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repetitions", type=int, default=9)
    parser.add_argument("--min-time", type=float, default=0.05,
                        help="seconds per repetition when calibrating (default 0.05)")
    parser.add_argument("--iterations", type=int, default=0,
                        help="fixed iterations per repetition (smoke runs); skips calibration")
    parser.add_argument("--filter", default="", help="only operations whose name contains this")
    parser.add_argument("--out", help="JSON file (default: stdout)")
    options = parser.parse_args()

    # A delegation chain of 1000 generators nests 1000 frames on CPython.
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 4 * max(YIELD_FROM_DEPTHS)))
    label = interpreter_label()
    benchmarks = []
    for operation, timer, arg_name, values in OPERATIONS:
        for value in values:
            name = "%s/%s" % (operation, label)
            if arg_name:
                name += "/%s:%d" % (arg_name, value)
            if options.filter not in name:
                continue
            gc.collect()  # start each benchmark from the same heap state
            benchmarks.extend(measure(name, timer, value, options.repetitions,
                                      options.min_time * 1e9, options.iterations))
    for operation, scenario_path in SCENARIO_WORKLOADS:
        name = "%s/%s" % (operation, label)
        if options.filter not in name:
            continue
        gc.collect()
        # A smoke run does one DRIVE: on PyPy one takes seconds (a full collection per step).
        benchmarks.extend(measure(name, scenario_timer(scenario_path), None, options.repetitions,
                                  options.min_time * 1e9, min(options.iterations, 1)))
    document = {
        "context": {
            "date": datetime.datetime.now(datetime.timezone.utc).isoformat(),
            "executable": sys.executable,
            "implementation": label,
            "python_version": platform.python_version(),
            "python_build": " ".join(platform.python_build()),
            "python_compiler": platform.python_compiler(),
            "timer": "time.perf_counter_ns (wall time)",
        },
        "benchmarks": benchmarks,
    }
    text = json.dumps(document, indent=2)
    if options.out:
        with open(options.out, "w") as f:
            f.write(text + "\n")
    else:
        print(text)


if __name__ == "__main__":
    main()
