"""Reading benchmark results: Google Benchmark's JSON (ys-bench), the Python
peer timer's JSON (same layout) and the merged results.json that run.py writes.

Names read "<operation>/<implementation>[/<argument>:<value>]", and
"peer/<operation>/<peer>" for the C peers. Google
Benchmark appends "/iterations:N" and "/repeats:N" to benchmarks with a fixed
iteration count; canonical_name() drops them so that a smoke run, a full run
and an instruction count name the same benchmark alike.
"""

import collections
import json
import re
import statistics

_FIXED_RUN_SUFFIX = re.compile(r"/(iterations|repeats):\d+")
_TO_NANOSECONDS = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}


def canonical_name(name):
    return _FIXED_RUN_SUFFIX.sub("", name)


def split_name(name):
    """(operation, implementation, argument or None) of a canonical name."""
    parts = name.split("/", 2)
    return parts[0], parts[1] if len(parts) > 1 else "", parts[2] if len(parts) > 2 else None


class ResultsError(Exception):
    """A file that cannot be read, is not JSON, or is not a benchmark results document; the
    message names the file (and the line for a JSON error)."""


def read_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as error:
        raise ResultsError("%s: cannot read: %s" % (path, getattr(error, "strerror", None) or error)) from None
    if not text.strip():
        raise ResultsError("%s: empty file (an interrupted run?)" % path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ResultsError("%s:%d:%d: not valid JSON (%s; a truncated file?)"
                           % (path, error.lineno, error.colno, error.msg)) from None


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def load(path):
    """A results document (run.py's results.json or ys-bench's JSON), checked for the fields
    the tools read; ResultsError otherwise."""
    document = read_json(path)
    if not isinstance(document, dict) or not isinstance(document.get("benchmarks"), list):
        raise ResultsError('%s: not a benchmark results document (expected a JSON object with a '
                           '"benchmarks" list)' % path)
    for index, entry in enumerate(document["benchmarks"]):
        where = "%s: benchmarks[%d]" % (path, index)
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise ResultsError("%s: not a benchmark entry with a name" % where)
        if entry.get("run_type", "iteration") == "iteration" and not entry.get("error_occurred"):
            if not _is_number(entry.get("real_time")) or entry.get("time_unit", "ns") not in _TO_NANOSECONDS:
                raise ResultsError("%s (%s): no real_time in a known time_unit" % (where, entry["name"]))
    instructions = document.get("instructions", [])
    if not isinstance(instructions, list) or not all(
            isinstance(e, dict) and isinstance(e.get("name"), str) and _is_number(e.get("instructions_per_iteration"))
            for e in instructions):
        raise ResultsError('%s: "instructions" is not a list of {name, instructions_per_iteration}' % path)
    return document


def timed_samples(document):
    """{canonical name: [wall ns per iteration, one per repetition]} of the runs that succeeded."""
    samples = {}
    for entry in document.get("benchmarks", []):
        if entry.get("run_type", "iteration") != "iteration" or entry.get("error_occurred"):
            continue
        ns = entry["real_time"] * _TO_NANOSECONDS[entry.get("time_unit", "ns")]
        samples.setdefault(canonical_name(entry.get("run_name", entry["name"])), []).append(ns)
    return samples


def errors(document):
    """{canonical name: error message} of the benchmarks that failed."""
    return {canonical_name(e.get("run_name", e["name"])): e.get("error_message", "failed")
            for e in document.get("benchmarks", []) if e.get("error_occurred")}


def summarize(values):
    """Median and spread of repeated measurements. The spread shown is the
    interquartile range relative to the median: on a shared machine a few
    descheduled repetitions inflate the coefficient of variation (also kept)
    but barely move the quartiles."""
    median = statistics.median(values)
    mean = statistics.mean(values)
    stdev = statistics.stdev(values) if len(values) > 1 else 0.0
    q1, _, q3 = statistics.quantiles(values, n=4) if len(values) > 1 else (median, median, median)
    return {"median": median, "min": min(values), "max": max(values), "q1": q1, "q3": q3,
            "iqr_relative": (q3 - q1) / median if median else 0.0,
            "cv": stdev / mean if mean else 0.0, "n": len(values)}


def instruction_counts(document):
    """{canonical name: instructions per iteration} from a results document, if it has them."""
    return {canonical_name(e["name"]): e["instructions_per_iteration"]
            for e in document.get("instructions", [])}


def counters(document):
    """{canonical name: entry} of single-shot benchmarks that report counters (memory/...)."""
    found = {}
    for entry in document.get("benchmarks", []):
        name = canonical_name(entry.get("run_name", entry["name"]))
        if split_name(name)[0] == "memory":
            found[name] = entry
    return found


# What one run must contain; the report follows this order.
# (operation, argument name or None, argument values)
OPERATIONS = (
    ("raw_round_trip", None, ()),
    ("next", None, ()),
    ("send", None, ()),
    ("throw", None, ()),
    ("close", None, ()),
    ("create_next_close", None, ()),
    ("yield_from", "depth", (1, 10, 100, 1000)),
    ("pipeline", "stages", (1, 4, 16)),
)
# Compiled spec scenarios replayed whole, per backend (only with the compiled corpus).
SCENARIO_OPERATIONS = (
    ("scenario_scheduler", None, ()),
    ("scenario_accumulator", None, ()),
    ("scenario_parser", None, ()),
)
# Python has no raw switch to time: its peers start at "next".
PYTHON_OPERATIONS = tuple(op for op in OPERATIONS if op[0] != "raw_round_trip")
# The C peers have a namespace of their own, "peer/<operation>/<peer>"
# (bench/peers/peers.h), apart from the backends' "<operation>/<backend>".
PEER_PREFIX = "peer/"


def peer(operation_and_peer):
    return PEER_PREFIX + operation_and_peer


C_PEERS = tuple(peer(name) for name in (
    "call/direct", "call/indirect", "raw_round_trip/boost_fcontext", "raw_round_trip/swapcontext",
    "raw_round_trip/pcl", "raw_round_trip/futex_same_cpu", "raw_round_trip/futex_two_cpus"))


def operation_names(operations, implementation):
    for operation, arg_name, values in operations:
        if arg_name:
            for value in values:
                yield "%s/%s/%s:%d" % (operation, implementation, arg_name, value)
        else:
            yield "%s/%s" % (operation, implementation)


# Built with the asm backend only: its bare switch, timed like Boost.Context's.
ASM_SWITCH_PEER = peer("raw_round_trip/asm_switch")


def has_scenario_workloads(context):
    return context.get("scenario_workloads") == "built"


def duplicates(names):
    """Names that occur more than once: two benchmarks whose samples would be pooled."""
    return sorted(name for name, count in collections.Counter(names).items() if count > 1)


def expected_names(backends, python_labels, with_scenarios):
    """Every benchmark name a run over these backends and Python peers must report."""
    names = list(C_PEERS) + ([ASM_SWITCH_PEER] if "asm" in backends else [])
    for backend in backends:
        names += operation_names(OPERATIONS + (SCENARIO_OPERATIONS if with_scenarios else ()), backend)
        names.append("memory/" + backend)
    for label in python_labels:
        names += operation_names(PYTHON_OPERATIONS + SCENARIO_OPERATIONS, label)
    return names
