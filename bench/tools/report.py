"""Write a benchmark report: OUT/summary.md and OUT/index.html with charts.

Reads run.py's results.json and, optionally, the conformance matrices of
`yieldspec check --json FILE`, shown beside the charts. Charts are drawn with
matplotlib (Debian: python3-matplotlib, for /usr/bin/python3); without it the
report is written with tables only and says why.

Usage: report.py RESULTS_JSON OUT_DIR [--conformance FILE]... [--fuzz FILE] [--mutation FILE]
                 [--mutation-sample FILE] [--mutation-rejudged FILE] [--mutation-corpus FILE]
                 [--title TEXT]

--mutation (default reports/mutation/summary.json, written by scripts/mutate) adds the suite's
mutation scores and the surviving mutants beside the conformance matrix; --mutation-sample (default
reports/mutation/whole-suite-sample.json) and --mutation-rejudged (default
reports/mutation/survivors-rejudged.json) add the whole suite's score measured on a sample, before
and after its survivors were judged again; --mutation-corpus (default
reports/mutation/corpus-core.json) the corpus's score on the core's mutants (every one, or a
sample), before and after the scenarios written for its survivors.
"""

import argparse
import html
import json
import os
import shutil
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import results  # noqa: E402

# Why external implementations diverge: a minimal reproducer and the upstream issue per cause.
DIVERGENCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "conformance", "impls",
                           "divergences.json")

# The targets of issue 5, evaluated on medians of this run: (what, measured,
# reference or None for an absolute limit in ns, limit).
RATIO_TARGETS = (
    ("asm backend raw resume+suspend ≤ 1.0× Boost.Context jump_fcontext round trip",
     "raw_round_trip/asm", results.peer("raw_round_trip/boost_fcontext"), 1.0),
    ("asm bare switch (ys_asm_switch) round trip ≤ 1.0× Boost.Context's",
     results.ASM_SWITCH_PEER, results.peer("raw_round_trip/boost_fcontext"), 1.0),
    ("asm next ≤ 1.5× Boost.Context round trip", "next/asm", results.peer("raw_round_trip/boost_fcontext"), 1.5),
    ("stackless next ≤ 2× indirect call", "next/stackless", results.peer("call/indirect"), 2.0),
    ("asm throw (caught, resumed) ≤ 30 ns", "throw/asm", None, 30.0),
    ("stackless throw (caught, resumed) ≤ 30 ns", "throw/stackless", None, 30.0),
    ("ucontext next ≤ 1.1× swapcontext round trip", "next/ucontext", results.peer("raw_round_trip/swapcontext"), 1.1),
    ("threads next ≤ 1.2× futex ping-pong on one CPU", "next/threads", results.peer("raw_round_trip/futex_same_cpu"), 1.2),
    ("asm create + first next + close ≤ 50 ns", "create_next_close/asm", None, 50.0),
    ("stackless create + first next + close ≤ 50 ns", "create_next_close/stackless", None, 50.0),
)


# Backends built on a library or mechanism that is also timed bare as a peer:
# (backend, the peer it wraps).
WRAPPED_PEERS = (
    ("asm", results.ASM_SWITCH_PEER),
    ("ucontext", results.peer("raw_round_trip/swapcontext")),
    ("fcontext", results.peer("raw_round_trip/boost_fcontext")),
    ("pcl", results.peer("raw_round_trip/pcl")),
)


# Issue 11: operations a backend must do at least as fast as a Python peer does them.
PEER_OPERATIONS = ("next", "send", "throw", "close", "create_next_close", "yield_from/depth:1",
                   "yield_from/depth:10", "yield_from/depth:100", "yield_from/depth:1000")
# Issue 11: bytes per suspended stackless generator, beyond its locals (the counter's: one int).
STACKLESS_MEMORY_LIMIT = 128
COUNTER_LOCALS_BYTES = 8


def issue_11_targets(backends, pythons):
    """(what, measured, reference, limit) rows: stackless ≤ PyPy's JIT and asm ≤ CPython 3.13 on
    every operation, close ≤ 2× next on every backend."""
    def at(operation, implementation):
        name, _, argument = operation.partition("/")
        return "%s/%s%s" % (name, implementation, "/" + argument if argument else "")
    rows = []
    for backend, peer in (("stackless", next((p for p in pythons if p.startswith("pypy")), None)),
                          ("asm", "cpython-3.13" if "cpython-3.13" in pythons else None)):
        if backend in backends and peer:
            rows += [("%s %s ≤ %s" % (backend, operation.replace("/", " "), peer), at(operation, backend),
                      at(operation, peer), 1.0) for operation in PEER_OPERATIONS]
    rows += [("%s close ≤ 2× its next" % b, "close/" + b, "next/" + b, 2.0) for b in backends]
    return tuple(rows)


def yield_from_targets(backends):
    return tuple(("%s yield from: cost per value at depth 100 ≤ 2× depth 1" % b,
                  "yield_from/%s/depth:100" % b, "yield_from/%s/depth:1" % b, 2.0) for b in backends)


class Table:
    """One table, rendered to Markdown and to HTML from the same rows."""

    def __init__(self, headers, rows, note=""):
        self.headers, self.rows, self.note = headers, rows, note

    def markdown(self):
        lines = ["| " + " | ".join(self.headers) + " |", "|" + "---|" * len(self.headers)]
        lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in self.rows]
        if self.note:
            lines += ["", "_%s_" % self.note]
        return "\n".join(lines)

    def html(self):
        head = "".join("<th>%s</th>" % html.escape(h) for h in self.headers)
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(str(c)) for c in row)
                       for row in self.rows)
        note = "<p class=note>%s</p>" % html.escape(self.note) if self.note else ""
        return "<table><tr>%s</tr>%s</table>%s" % (head, body, note)


class Notes:
    """Hand-written Markdown shown as a section of its own: its title dropped (the section's heading
    replaces it), its headings one level down. HTML gets the text preformatted (no Markdown
    library in Debian's default python3)."""

    def __init__(self, text):
        lines = text.splitlines()
        if lines and lines[0].startswith("# "):
            lines = lines[1:]
        self.lines = ["#" + line if line.startswith("## ") else line for line in lines]

    def markdown(self):
        return "\n".join(self.lines).strip()

    def html(self):
        return "<pre class=notes>%s</pre>" % html.escape(self.markdown())


def format_ns(ns):
    return "%.3g" % ns if ns < 100 else "{:,.0f}".format(ns)


def format_cell(stat):
    return "%s (%.0f%%)" % (format_ns(stat["median"]), 100 * stat["iqr_relative"]) if stat else "—"


def unpublishable_reason(context):
    """Why figures of this run cannot be traced to a commit (None if they can)."""
    commit = context.get("commit") or "unknown"
    if commit == "unknown":
        return "the commit the benchmarks were built from is unknown"
    if commit.endswith("-dirty"):
        return "the benchmarks ran from a tree with uncommitted changes (commit %s)" % commit
    return None


# The operations whose cost the report breaks down by function: issue 11's targets (next on
# both backends beside the round trips they contain, throw, close, a generator's whole life).
PROFILED_OPERATIONS = ("next/stackless", "next/asm", "raw_round_trip/asm", "peer/raw_round_trip/boost_fcontext",
                       "throw/stackless", "throw/asm", "close/stackless", "close/asm", "create_next_close/asm")
PROFILED_FUNCTIONS = 8


class Report:
    def __init__(self, document, conformance, fuzz=None, mutation=None, target_notes=None,
                 mutation_sample=None, mutation_rejudged=None, mutation_corpus=None):
        self.document = document
        self.mutation_sample = mutation_sample
        self.mutation_rejudged = mutation_rejudged
        self.mutation_corpus = mutation_corpus
        self.target_notes = target_notes
        self.fuzz = fuzz
        self.mutation = mutation
        self.context = document["context"]
        self.backends = self.context["backends"].split(",")
        self.pythons = sorted(s for s in document["sources"] if s != "ys-bench")
        self.stats = {name: results.summarize(v) for name, v in results.timed_samples(document).items()}
        self.errors = results.errors(document)
        self.instructions = results.instruction_counts(document)
        self.memory = results.counters(document)
        self.conformance = conformance

    def median(self, name):
        return self.stats[name]["median"] if name in self.stats else None

    # ---- text ------------------------------------------------------------

    def environment(self):
        c, m = self.context, self.context["method"]
        return ("%s, %s CPUs, %s; %s %s (%s); commit %s; %s; %s run: %s; load average %s → %s; "
                "vm.max_map_count %s; kernel.pid_max %s" % (
                    c.get("cpu_model"), c.get("num_cpus"), c.get("kernel"), c.get("compiler"),
                    c.get("c_flags"), c.get("build_type"), c.get("commit"), c.get("date"), m["mode"],
                    "%s repetitions, %s s each, %s" % (m["repetitions"], m["min_time_s"], m["statistic"]),
                    " ".join(m["load_average_before"]), " ".join(m["load_average_after"]),
                    c.get("vm_max_map_count"), c.get("kernel_pid_max", "not recorded")))

    def method(self):
        """What a reader must know to trust the numbers, as bullet points."""
        m = self.context["method"]
        points = [
            "Every number below comes from this one run on this machine; ratios are taken within it.",
            "Wall time per operation, median of %s repetitions (%s); Google Benchmark chooses the "
            "iteration count (≥ %s s per repetition) and interleaves repetitions at random within a process."
            % (m["repetitions"], m["statistic"].split("; ")[-1], m["min_time_s"]),
            "Processes: %s." % m["processes"],
            "Python peers are timed by bench/peers/python_generators.py with the same operation list "
            "(time.perf_counter_ns, same repetitions).",
            "Debian's libbenchmark prints 'Library was built as DEBUG': that is the library's own "
            "build; the benchmarks themselves are built with the flags above.",
            "Operations and peers are described in bench/README.md.",
        ]
        if m.get("instruction_iterations"):
            points.append("Instruction counts: callgrind, %d iterations of each timed loop, set-up excluded."
                          % m["instruction_iterations"])
        return points

    def environment_short(self):
        c, m = self.context, self.context["method"]
        return "%s, %s CPUs; %s %s; commit %s; %s; %s repetitions" % (
            c.get("cpu_model"), c.get("num_cpus"), c.get("compiler"), c.get("c_flags"), c.get("commit"),
            c.get("date", "")[:16], m["repetitions"])

    def operation_rows(self, operations, cell):
        """One row per (operation, argument); one column per backend, then per Python peer."""
        rows = []
        for operation, arg_name, values in operations:
            for value in values or (None,):
                suffix = "/%s:%d" % (arg_name, value) if arg_name else ""
                label = operation + (" %s=%d" % (arg_name, value) if arg_name else "")
                rows.append([label] + [cell("%s/%s%s" % (operation, impl, suffix))
                                       for impl in self.backends + self.pythons])
        return rows

    def tables(self):
        env = "Environment: " + self.environment_short()
        impls = self.backends + self.pythons
        operations, note = results.OPERATIONS, env
        if results.has_scenario_workloads(self.context):
            operations += results.SCENARIO_OPERATIONS
            note = ("scenario_*: one whole compiled spec scenario per iteration (backends: runtime set-up, DRIVE "
                    "steps, tear-down, trace to /dev/null; Python peers: the module executed once, then per "
                    "iteration the oracle's own driver performs the DRIVE steps and builds the trace, with gc "
                    "as in the oracle: off on CPython, gc.collect() after every step on PyPy, which dominates "
                    "its time). " + env)
        else:
            note = "Scenario workloads: %s. %s" % (self.context.get("scenario_workloads", "not built"), env)
        tables = [("Nanoseconds per operation: median (interquartile range as % of the median)",
                   Table(["operation"] + impls,
                         self.operation_rows(operations, lambda n: format_cell(self.stats.get(n))), note))]
        tables.append(("Peers in the same run (ns per operation)", Table(
            ["peer", "median ns", "IQR/median", "CV", "min", "max", "instructions/op"],
            [[name, format_ns(s["median"]), "%.1f%%" % (100 * s["iqr_relative"]), "%.1f%%" % (100 * s["cv"]),
              format_ns(s["min"]), format_ns(s["max"]),
              "%.0f" % self.instructions[name] if name in self.instructions else "—"]
             for name in results.C_PEERS + (results.ASM_SWITCH_PEER,) if name in self.stats for s in [self.stats[name]]], env)))
        tables.append(("Backends next to the peer they wrap (ns per operation, median)", Table(
            ["backend", "peer", "peer round trip", "backend raw_round_trip", "backend next", "next / peer"],
            self.wrapped_peer_rows(),
            "raw_round_trip is the backend's own resume + suspend; next adds the generator protocol. " + env)))
        if self.instructions:
            tables.append(("Instructions per operation (callgrind, %d iterations)"
                           % self.context["method"]["instruction_iterations"], Table(
                               ["operation"] + self.backends,
                               [row[:1 + len(self.backends)] for row in self.operation_rows(
                                   operations,
                                   lambda n: "%.0f" % self.instructions[n] if n in self.instructions else "—")],
                               "User-space instructions counted by valgrind's callgrind over the timed loop "
                               "only; deterministic except where two threads hand over (threads backend, "
                               "futex peers). " + env)))
        profiles = self.profile_rows()
        if profiles:
            tables.append(("Where the instructions go: each function's own cost per operation (callgrind)", Table(
                ["operation", "function", "instructions", "conditional branches (mispredicted)",
                 "indirect branches (mispredicted)", "L1 data misses"], profiles,
                "Self cost (a function's own instructions, not its callees') per iteration, from the same "
                "callgrind runs as the instruction counts, with its branch predictor and cache simulation: "
                "a model, not this CPU's counters (which this VM does not expose), but deterministic. "
                "Functions under half an instruction per operation are left out. " + env)))
        tables.append(("Targets of issues 5 and 11 (medians of this run)", Table(
            ["target", "measured (wall, median)", "limit", "same in instructions", "verdict"],
            self.target_rows(),
            "Every ratio is taken within this one run. Instruction counts are user space only: for "
            "operations that enter the kernel (ucontext's sigprocmask, the threads backend's futex "
            "handoff) the wall-time ratio is the one that matters. MXCSR / x87 control word "
            "preservation is checked by the runtime's switch-torture tests, not here. " + env)))
        tables.append(("Memory per suspended generator", Table(
            ["backend", "alive / target", "resident B/gen", "virtual B/gen", "heap B/gen", "stack B", "note"],
            self.memory_rows(),
            "Generators created and advanced to their first yield until the target or the first failure; "
            "the process's growth divided by their number. Stackful stacks are mmap'd with a guard page: "
            "two mappings each, so vm.max_map_count caps their count; each threads-backend generator is "
            "also a kernel thread, so kernel.pid_max caps those. " + env)))
        if self.errors:
            tables.append(("Benchmarks that failed", Table(
                ["benchmark", "error"], sorted(self.errors.items()), env)))
        for matrix in self.conformance:
            tables.append(("Conformance matrix, CPython %s semantics (passed / total)" % matrix["python"],
                           conformance_table(matrix)))
        if self.conformance:
            tables.append(("Conformance by backend or implementation and CPython target",
                           conformance_rows(self.conformance)))
            divergences = Divergences(self.conformance)
            if divergences.groups:
                tables.append(("Conformance: why the expected failures diverge", divergences))
        if not self.conformance:
            tables.append(("Conformance matrix", Table(["status"], [[
                "absent: no `yieldspec check --json FILE` result was given to this report"]])))
        if self.target_notes:
            tables.append(("Why the targets not met are missed, and what was tried (bench/TARGETS.md at %s)"
                           % self.context.get("commit", "unknown")[:12], Notes(self.target_notes)))
        if self.fuzz:
            tables.append(("Differential fuzzing against CPython (scripts/fuzz)", fuzzing_table(self.fuzz)))
        if self.mutation:
            tables += mutation_tables(self.mutation)
        if self.mutation_sample:
            tables.append(whole_suite_sample_table(self.mutation_sample, self.mutation_rejudged))
        if self.mutation_corpus:
            tables += mutation_tables(self.mutation_corpus, "Corpus alone, measured on %s" % (
                "a sample of core mutants" if self.mutation_corpus.get("sample") is not None
                else "every core mutant"), corpus_only=True)
        return tables

    def profile_rows(self):
        rows = []
        profiles = {results.canonical_name(e["name"]): e.get("functions")
                    for e in self.document.get("instructions", [])}
        for operation in PROFILED_OPERATIONS:
            for cost in (profiles.get(operation) or [])[:PROFILED_FUNCTIONS]:
                rows.append([operation, cost["function"], "%.0f" % cost["Ir"],
                             "%.1f (%.2f)" % (cost.get("Bc", 0), cost.get("Bcm", 0)),
                             "%.1f (%.2f)" % (cost.get("Bi", 0), cost.get("Bim", 0)),
                             "%.2f" % (cost.get("D1mr", 0) + cost.get("D1mw", 0))])
        return rows

    def wrapped_peer_rows(self):
        rows = []
        for backend, peer in WRAPPED_PEERS:
            if backend not in self.backends:
                continue
            peer_ns, raw_ns, next_ns = (self.median(n) for n in (peer, "raw_round_trip/" + backend, "next/" + backend))
            rows.append([backend, peer] + [format_ns(v) if v is not None else "not measured"
                                           for v in (peer_ns, raw_ns, next_ns)]
                        + ["%.2f×" % (next_ns / peer_ns) if peer_ns and next_ns is not None else "—"])
        return rows

    def target_rows(self):
        rows = []
        for what, measured, reference, limit in (RATIO_TARGETS + yield_from_targets(self.backends)
                                                 + issue_11_targets(self.backends, self.pythons)):
            value, ref = self.median(measured), self.median(reference) if reference else 1.0
            limit_text = ("%g×" % limit) if reference else "%g ns" % limit
            if value is None or ref is None:
                rows.append([what, "not measured", limit_text, "—", "not measured"])
                continue
            ratio = value / ref
            shown = ("%.2f× (%s / %s ns)" % (ratio, format_ns(value), format_ns(ref)) if reference
                     else "%s ns" % format_ns(value))
            rows.append([what, shown, limit_text, self.instruction_cross_check(measured, reference),
                         "met" if ratio <= limit else "NOT met"])
        memory = self.memory.get("memory/stackless")
        if memory and not memory.get("error_occurred"):
            limit = STACKLESS_MEMORY_LIMIT + COUNTER_LOCALS_BYTES
            resident = memory["bytes_resident_per_generator"]
            rows.append(["stackless memory per suspended generator ≤ %d B + its locals (%d B)"
                         % (STACKLESS_MEMORY_LIMIT, COUNTER_LOCALS_BYTES), "%.1f B resident" % resident,
                         "%d B" % limit, "heap %.0f B" % memory["bytes_heap_per_generator"],
                         "met" if resident <= limit else "NOT met"])
        return rows

    def instruction_cross_check(self, measured, reference):
        """The same comparison in instructions, which the machine's load does not move."""
        count = self.instructions.get(measured)
        if count is None:
            return "—"
        if not reference:
            return "%.0f instr" % count
        ref = self.instructions.get(reference)
        return "%.2f× (%.0f / %.0f)" % (count / ref, count, ref) if ref else "—"

    def memory_rows(self):
        rows = []
        for backend in self.backends:
            entry = self.memory.get("memory/" + backend)
            if not entry:
                rows.append([backend, "not measured", "", "", "", "", ""])
            elif entry.get("error_occurred"):
                rows.append([backend, "failed", "", "", "", "", entry.get("error_message", "")])
            else:
                rows.append([backend, "%d / %d" % (entry["generators_alive"], entry["target"]),
                             "%.0f" % entry["bytes_resident_per_generator"],
                             "%.0f" % entry["bytes_virtual_per_generator"],
                             "%.0f" % entry["bytes_heap_per_generator"], "%.0f" % entry["stack_bytes"],
                             entry.get("label", "")])
        return rows

    # ---- charts ----------------------------------------------------------

    def draw_charts(self, out_dir):
        """[(file, caption)] of the PNGs written, or a message saying why there are none."""
        try:
            import matplotlib
            matplotlib.use("Agg")
            import matplotlib.pyplot as plt
        except ImportError:
            return ("matplotlib is not installed for %s (Debian: apt-get install python3-matplotlib, "
                    "then run the report with /usr/bin/python3): tables only." % sys.executable)
        charts = [self.chart_operations(plt, out_dir), self.chart_scaling(plt, out_dir),
                  self.chart_memory(plt, out_dir)]
        return [c for c in charts if c]

    def chart_operations(self, plt, out_dir):
        operations = [op for op, arg, _ in results.OPERATIONS if not arg]
        impls = self.backends + self.pythons
        fig, ax = plt.subplots(figsize=(12, 5.5))
        width = 0.8 / len(impls)
        for i, impl in enumerate(impls):
            xs, ys, errs = [], [], []
            for j, op in enumerate(operations):
                s = self.stats.get("%s/%s" % (op, impl))
                if s:
                    xs.append(j + (i - (len(impls) - 1) / 2) * width)
                    ys.append(s["median"])
                    errs.append([[s["median"] - s["q1"]], [s["q3"] - s["median"]]])
            if xs:
                err = [[e[0][0] for e in errs], [e[1][0] for e in errs]]
                ax.bar(xs, ys, width, yerr=err, capsize=2, label=impl,
                       hatch="//" if impl in self.pythons else None)
        peer_styles = ((results.peer("call/indirect"), ":"), (results.peer("raw_round_trip/boost_fcontext"), "--"),
                       (results.peer("raw_round_trip/swapcontext"), "-."), (results.peer("raw_round_trip/futex_same_cpu"), (0, (1, 3))))
        for name, style in peer_styles:
            if name in self.stats:
                ax.axhline(self.stats[name]["median"], color="grey", linestyle=style, linewidth=1,
                           label="peer: %s (%s ns)" % (name, format_ns(self.stats[name]["median"])))
        ax.set_yscale("log")
        ax.set_xticks(range(len(operations)))
        ax.set_xticklabels(operations)
        ax.set_ylabel("ns per operation (median; whiskers: quartiles)")
        ax.set_title("Generator operations per backend, Python peers hatched, C peers as lines")
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1))
        ax.grid(axis="y", which="both", alpha=0.3)
        return self.save(plt, fig, out_dir, "operations.png",
                         "ns per operation for every backend and Python peer (log scale), C peers as lines")

    def chart_scaling(self, plt, out_dir):
        fig, axes = plt.subplots(1, 2, figsize=(11, 4.5))
        for ax, (operation, arg_name, values) in zip(axes, [o for o in results.OPERATIONS if o[1]]):
            for impl in self.backends + self.pythons:
                points = [(v, self.median("%s/%s/%s:%d" % (operation, impl, arg_name, v))) for v in values]
                points = [(v, m) for v, m in points if m is not None]
                if points:
                    ax.plot([p[0] for p in points], [p[1] for p in points], marker="o",
                            linestyle="--" if impl in self.pythons else "-", label=impl)
            ax.set_xscale("log")
            ax.set_yscale("log")
            ax.set_xticks(values)
            ax.set_xticklabels([str(v) for v in values])
            ax.set_xlabel(arg_name)
            ax.set_ylabel("ns per value at the top")
            ax.set_title("%s: cost per value vs %s (log-log)" % (operation, arg_name))
            ax.grid(which="both", alpha=0.3)
            ax.legend(fontsize=7)
        return self.save(plt, fig, out_dir, "scaling.png",
                         "yield-from depth and pipeline length scaling, log-log (flat = constant cost per value)")

    def chart_memory(self, plt, out_dir):
        measured = [(b, self.memory.get("memory/" + b)) for b in self.backends]
        measured = [(b, e) for b, e in measured if e and not e.get("error_occurred")]
        if not measured:
            return None
        fig, ax = plt.subplots(figsize=(11, 4.5))
        kinds = (("bytes_resident_per_generator", "resident"), ("bytes_heap_per_generator", "heap"),
                 ("bytes_virtual_per_generator", "virtual (reserved)"))
        for k, (key, label) in enumerate(kinds):
            ax.bar([i + (k - 1) * 0.27 for i in range(len(measured))],
                   [max(e[key], 1) for _, e in measured], 0.27, label=label)
        ax.set_xticks(range(len(measured)))
        ax.set_xticklabels(["%s\n%d alive" % (b, e["generators_alive"]) for b, e in measured])
        ax.set_yscale("log")
        ax.set_ylabel("bytes per suspended generator")
        ax.set_title("Memory per suspended generator")
        ax.legend(fontsize=8)
        ax.grid(axis="y", which="both", alpha=0.3)
        return self.save(plt, fig, out_dir, "memory.png", "bytes per suspended generator (log scale)")

    @staticmethod
    def save(plt, fig, out_dir, filename, caption):
        fig.tight_layout()
        fig.savefig(os.path.join(out_dir, filename), dpi=110)
        plt.close(fig)
        return filename, caption

    # ---- output ----------------------------------------------------------

    def write(self, out_dir, title):
        charts = self.draw_charts(out_dir)
        chart_note = charts if isinstance(charts, str) else ""
        charts = [] if chart_note else charts
        tables = self.tables()
        unpublishable = unpublishable_reason(self.context)
        warning = ("NOT A PUBLISHABLE REPORT: %s, so its figures cannot be reproduced from a commit "
                   "(written with --allow-dirty)." % unpublishable) if unpublishable else ""
        md = ["# " + title, ""] + (["> **%s**" % warning, ""] if warning else [])
        md += ["Environment: " + self.environment(), ""]
        md += ["- " + p for p in self.method()] + [""]
        if chart_note:
            md += ["> " + chart_note, ""]
        md += ["![%s](%s)" % (caption, f) for f, caption in charts] + [""]
        for heading, table in tables:
            md += ["## " + heading, "", table.markdown(), ""]
        with open(os.path.join(out_dir, "summary.md"), "w") as f:
            f.write("\n".join(md))

        beside_matrix = ("Conformance", "Mutation")
        conformance = [(h, t) for h, t in tables if h.startswith(beside_matrix)]
        others = [(h, t) for h, t in tables if not h.startswith(beside_matrix)]
        page = [PAGE_HEAD % {"title": html.escape(title)},
                "<h1>%s</h1>" % html.escape(title),
                "<p class=warn><strong>%s</strong></p>" % html.escape(warning) if warning else "",
                "<p class=env>%s</p>" % html.escape(self.environment()),
                "<ul class=env>%s</ul>" % "".join("<li>%s</li>" % html.escape(p) for p in self.method())]
        if chart_note:
            page.append("<p class=warn>%s</p>" % html.escape(chart_note))
        page.append("<div class=grid><div>")
        page += ["<figure><img src='%s' alt='%s'><figcaption>%s</figcaption></figure>"
                 % (f, html.escape(c), html.escape(c)) for f, c in charts]
        page.append("</div><div><h2>Conformance</h2>")
        page += ["<h3>%s</h3>%s" % (html.escape(h), t.html()) for h, t in conformance]
        page.append("</div></div>")
        page += ["<h2>%s</h2>%s" % (html.escape(h), t.html()) for h, t in others]
        page.append("</body></html>")
        with open(os.path.join(out_dir, "index.html"), "w") as f:
            f.write("\n".join(page))
        return chart_note


def conformance_table(matrix):
    """category × backend of passed/total, from `yieldspec check --json`."""
    categories = sorted({r["category"] for r in matrix["results"]})
    counts = {}
    for r in matrix["results"]:
        cell = counts.setdefault((r["backend"], r["category"]), [0, 0])
        cell[0] += r["verdict"] == "pass"
        cell[1] += 1
    rows = [[c] + ["%d/%d" % tuple(counts.get((b, c), (0, 0))) for b in matrix["backends"]] for c in categories]
    rows.append(["total"] + ["%d/%d" % tuple(map(sum, zip(*[counts.get((b, c), (0, 0)) for c in categories])))
                             for b in matrix["backends"]])
    s = matrix["summary"]
    note = ("%d cells: %d passed, %d expected failures, %d unexpected failures, %d unexpected passes"
            % (s["cells"], s["passed"], s["expected_failures"], s["unexpected_failures"], s["unexpected_passes"]))
    return Table(["category"] + matrix["backends"], rows, note)


def conformance_rows(matrices):
    """One row per column (backend or external implementation) of every matrix."""
    rows = []
    for matrix in matrices:
        for column in matrix["backends"]:
            mine = [r for r in matrix["results"] if r["backend"] == column]
            count = lambda verdict: sum(r["verdict"] == verdict for r in mine)  # noqa: E731
            rows.append([column, matrix["python"], "%d/%d" % (count("pass"), len(mine)), count("expected-failure"),
                         count("unexpected-failure") + count("unexpected-pass")])
    return Table(["backend or implementation", "CPython traces", "passed", "expected failures", "unexpected"],
                 rows, "An external implementation (conformance/impls) is checked against the traces of the "
                       "CPython version it claims; its expected failures are explained below.")


class Divergences:
    """The expected failures of every matrix grouped by their recorded reason, each with the reproducer and
    upstream issue of conformance/impls/divergences.json; rendered like a Table."""

    def __init__(self, matrices):
        with open(DIVERGENCES, encoding="utf-8") as f:
            self.known = json.load(f)
        self.groups = {}
        for matrix in matrices:
            for r in matrix["results"]:
                if r["verdict"] == "expected-failure":
                    key = (r["backend"], matrix["python"], r["expectation"])
                    self.groups.setdefault(key, []).append(r["scenario"])

    def explanation(self, column, reason):
        return next((d for d in self.known.get(column, []) if d["match"] in reason), None)

    def parts(self):
        for (column, python, reason), scenarios in self.groups.items():
            yield column, python, reason, scenarios, self.explanation(column, reason)

    def markdown(self):
        lines = []
        for column, python, reason, scenarios, known in self.parts():
            lines += ["### %s against CPython %s: %d scenario%s" % (column, python, len(scenarios),
                                                                     "" if len(scenarios) == 1 else "s"),
                      "", "> " + reason, "", ", ".join("`%s`" % s for s in scenarios), ""]
            if known is None:
                lines += ["No reproducer recorded in conformance/impls/divergences.json.", ""]
                continue
            lines += ["Minimal reproducer:", "", "```python", known["reproducer"].rstrip("\n"), "```", "",
                      "CPython: %s. %s: %s." % (known["cpython"], column, known["implementation"]), "",
                      "Upstream: " + known["upstream"], ""]
        return "\n".join(lines)

    def html(self):
        parts = []
        for column, python, reason, scenarios, known in self.parts():
            parts.append("<h4>%s against CPython %s: %d scenarios</h4><p>%s</p><p class=note>%s</p>" % (
                html.escape(column), html.escape(python), len(scenarios), html.escape(reason),
                html.escape(", ".join(scenarios))))
            if known is not None:
                parts.append("<pre>%s</pre><p>CPython: %s. %s: %s.</p><p>Upstream: %s</p>" % (
                    html.escape(known["reproducer"]), html.escape(known["cpython"]), html.escape(column),
                    html.escape(known["implementation"]), html.escape(known["upstream"])))
        return "".join(parts)


def fuzzing_table(summary):
    """One row per divergence class from scripts/fuzz's summary.json, then the campaign's totals."""
    def counts(found):
        fixed = [f for f in found if f.get("fixed_at")]
        open_ = [f for f in found if not f.get("fixed_at")]
        explained = [f for f in open_ if f["explained"]]
        return [len(found), len(fixed), len(explained), len(open_) - len(explained)]

    rows = []
    for kind in sorted(summary["findings_by_class"]):
        found = [f for f in summary["findings"] if f["class"] == kind]
        rows.append([kind] + counts(found) +
                    ["; ".join(sorted({f["explained"] for f in found if f["explained"] and not f.get("fixed_at")})) or "—"])
    rows.append(["total"] + counts(summary["findings"]) + [""])
    replayed = (" Findings were replayed on commit %s: a fixed one no longer diverges there (its minimal program "
                "became a corpus scenario)." % summary["replayed_at"]) if summary.get("replayed_at") else ""
    note = ("%s: %d programs (seeds from %d) against CPython %s on %s, run from commit %s; %.2f CPU hours, "
            "%.0f programs per minute with %d jobs, %.0f ms CPU per program. A finding is one distinct divergence "
            "(class and targets), shrunk to a minimal program.%s Explained open ones are known and tracked "
            "(conformance/fuzz/known-divergences.txt)."
            % (summary["date"], summary["programs"], summary["first_seed"], ", ".join(summary["pythons"]),
               ", ".join(summary["backends"]), summary.get("commit") or "unknown", summary["cpu_seconds"] / 3600,
               summary["programs_per_minute"], summary["jobs"], summary["cpu_ms_per_program"], replayed))
    return Table(["class", "findings", "fixed", "open, explained", "open, unexplained", "explanation"], rows, note)


def before_note(before):
    """What the core's scores were before the scenarios written for the run's survivors."""
    if not before:
        return ""
    return (" Before the scenarios written for its survivors the core scored %.1f%% (corpus) and "
            "%.1f%% (observable corpus)." % (before["corpus"]["score"], before["observable"]["corpus"]))


def mutation_tables(summary, title="Mutation scores: what the suite catches", corpus_only=False):
    """Scores per file and the survivors, from scripts/mutate's summary.json; of a run judged by
    the corpus alone (`corpus_only`), the scores and the corpus survivors no rule explains."""
    def score(block, step):
        b = block[step]
        if b.get("estimated"):
            return "—" if b["score"] is None else "≈%.1f%% (%d of %d corpus survivors judged, %d caught)" % (
                b["score"], b["corpus_survivors_run"], b["corpus_survivors_run"] + b["not_run"],
                b["corpus_survivors_caught"])
        if b["score"] is None:
            return "—"
        text = "%.1f%% (%d survived)" % (b["score"], b["survived"])
        ne = block.get("non_equivalent") or {}
        if ne.get("argued_equivalent") and ne.get(step) is not None:
            text += "; %.1f%% of the %d not argued equivalent" % (ne[step], ne["judged"])
        if step == "corpus" and ne.get("corpus_strength") is not None:
            text += "; %.1f%% of the %d some scenario runs" % (ne["corpus_strength"], ne["reached_by_scenarios"])
        return text

    blocks = list(summary["files"].items()) + [
        ("= " + name, summary[name]) for name in ("core", "total") if summary.get(name)]
    if summary["catalogue"].get("generated"):
        blocks.append(("= backend bug catalogue", summary["catalogue"]))
    def observable(b):
        o = b.get("observable") or {}
        if o.get("corpus") is None:
            return "—"
        return "%.1f%% (%d explained)" % (o["corpus"], o.get("corpus_explained", 0))

    rows = [[name, b["generated"], b["not-compiled"], b["equivalent"], score(b, "corpus"), observable(b),
             score(b, "suite")] for name, b in blocks]
    sample = ("a sample of %d (seed %d)" % (summary["sample"], summary["seed"])
              if summary.get("sample") is not None else "every mutant of the files listed")
    cpu = "; %.0f s CPU" % summary["cpu_seconds"] if summary.get("cpu_seconds") else ""
    note = ("scripts/mutate at %s, %s: %s%s. Scores are over mutants that compiled and are not "
            "equivalent (same object code); corpus = the scenarios alone (of the mutants not argued "
            "equivalent, and of those whose lines some scenario runs: PIT's test strength), observable "
            "corpus = the same without the corpus survivors conformance/mutate/unobservable.py explains as "
            "invisible to any Python program, suite = scenarios + runtime tests.%s See "
            "conformance/mutate/README.md."
            % (summary.get("commit"), summary.get("date", "")[:10], summary.get("selection", sample), cpu,
               before_note(summary.get("before_new_scenarios"))))
    tables = [(title, Table(
        ["file", "mutants", "not compiled", "equivalent", "corpus", "observable corpus", "whole suite"],
        rows, note))]
    unexplained = [[m["id"], m.get("function", ""), m["description"]]
                   for m in summary.get("suite_not_run", [])
                   if m["id"].startswith("impls/core/") and not m.get("unobservable")]
    if summary.get("suite_not_run"):
        of_that = ("of that sample " if summary.get("sample") is not None else "of that run ") if corpus_only else ""
        tables.append(("Core corpus survivors %sno rule explains (%d)" % (of_that, len(unexplained)), Table(
            ["mutant", "function", "change"], unexplained or [["none", "", ""]],
            "Mutants of impls/core the scenarios let through that unobservable.py does not explain: "
            "each wants a scenario (or a reason). A backend's corpus survivors are the runtime suite's "
            "to catch (switch-level bugs no trace shows).")))
    if corpus_only:
        return tables
    survivors = [[m["id"], m["description"]] for m in summary["survivors"]]
    tables.append(("Mutation survivors (%d)" % len(survivors), Table(
        ["mutant", "change"], survivors or [["none", ""]],
        "Mutants neither the corpus nor the runtime suite detects; each is explained in the mutation "
        "notes or killed by a scenario since.%s" % (
            " The runtime suite did not judge %d other corpus survivors (the \"≈\" scores)."
            % len(summary["suite_not_run"]) if summary.get("suite_not_run") else ""))))
    return tables


def detected(block):
    return sum(block[verdict] for verdict in ("killed", "crash", "timeout"))


def read_mutation_summary(path):
    summary = results.read_json(path)
    if not isinstance(summary, dict) or not all(isinstance(summary.get(k), dict) for k in ("files", "core")):
        raise results.ResultsError("%s: not a scripts/mutate summary (no files and core blocks)" % path)
    return summary


def whole_suite_sample_table(sample, rejudged=None):
    """The whole suite's score measured on a random sample of core mutants (every step run for
    every mutant), and after its survivors were judged again on a later tree (rejudged: a summary
    of survivors of this sample only, so its detections add to the sample's)."""
    rejudged_files = (rejudged or {}).get("files", {})
    unknown = sorted(set(rejudged_files) - set(sample["files"]))
    if unknown:
        raise results.ResultsError("the re-judged survivors name files the sample has not: %s" % ", ".join(unknown))
    rows = []
    for name, block in list(sample["files"].items()) + [("= core", sample["core"])]:
        again = rejudged.get("core") if rejudged and name == "= core" else rejudged_files.get(name)
        before = detected(block["suite"])
        if again and again["judged"] > block["suite"]["survived"]:
            raise results.ResultsError("%s: %d mutants re-judged, but the sample left %d survivors"
                                       % (name, again["judged"], block["suite"]["survived"]))
        caught = detected(again["suite"]) if again else 0
        after = before + caught
        equivalent = ((again or {}).get("non_equivalent") or {}).get("argued_equivalent", 0)
        explained = ((again or {}).get("observable") or {}).get("suite_explained", 0)
        def pct(part, whole):
            return "%.1f%%" % (100.0 * part / whole) if whole else "—"
        rows.append([name, block["judged"], "%s (%d survived)" % (pct(before, block["judged"]), block["suite"]["survived"]),
                     again["judged"] if again else 0, caught,
                     "%s (%d survived)" % (pct(after, block["judged"]), block["judged"] - after),
                     "%s of %d" % (pct(after, block["judged"] - equivalent), block["judged"] - equivalent),
                     "%s of %d" % (pct(after, block["judged"] - explained), block["judged"] - explained)])
    note = ("Every mutant of a sample judged by the whole suite (corpus, sanitizer step, runtime suite): "
            "the whole suite's score measured, where the table above estimates it. The sample: %s (%s, %s)."
            % (sample.get("selection") or "%d core mutants" % sample["core"]["generated"],
               sample.get("commit"), sample.get("date", "")[:10]))
    if rejudged:
        note += (" Its survivors judged again at %s (%s), after the scenarios and runtime tests written for "
                 "them: %s. The last two columns leave out the survivors argued equivalent (same result for "
                 "every input), then every survivor explained as unobservable (conformance/mutate/unobservable.py)."
                 % (rejudged.get("commit"), rejudged.get("date", "")[:10], rejudged.get("selection", "")))
    return ("Whole suite, measured on a sample of core mutants", Table(
        ["file", "judged", "whole suite (sample)", "survivors re-judged", "detected since", "whole suite after",
         "not argued equivalent", "observable"], rows, note))


PAGE_HEAD = """<!doctype html><html><head><meta charset=utf-8><title>%(title)s</title><style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;margin:.5em 0;font-size:12px}
td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}
td:first-child,th:first-child{text-align:left}
.grid{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5em;align-items:start}
img{width:100%%}figure{margin:0 0 1em}figcaption,.note,.env{color:#555;font-size:12px}
.warn{background:#fff3cd;padding:.5em}
pre.notes{white-space:pre-wrap;font:13px/1.45 system-ui,sans-serif;max-width:60em}
</style></head><body>"""


# What Report reads without a default: a results file lacking one is incomplete (an interrupted run).
REQUIRED_FIELDS = (("context",), ("context", "backends"), ("context", "method"), ("sources",)) + tuple(
    ("context", "method", key) for key in ("mode", "repetitions", "min_time_s", "statistic", "processes",
                                           "load_average_before", "load_average_after"))


def require_complete(document, path):
    for keys in REQUIRED_FIELDS:
        value = document
        for depth, key in enumerate(keys):
            if not isinstance(value, dict) or key not in value:
                raise results.ResultsError("%s: incomplete results: no %s (an interrupted run?)"
                                           % (path, ".".join(keys[:depth + 1])))
            value = value[key]


def write_into(out_dir, report, title):
    """Write the report into a fresh folder beside out_dir, then move its files into out_dir:
    a failure part-way leaves neither an empty nor a half-written out_dir."""
    parent = os.path.dirname(os.path.abspath(out_dir))
    os.makedirs(parent, exist_ok=True)
    staging = tempfile.mkdtemp(prefix=".report-", dir=parent)
    try:
        note = report.write(staging, title)
        os.makedirs(out_dir, exist_ok=True)
        for name in sorted(os.listdir(staging)):
            os.replace(os.path.join(staging, name), os.path.join(out_dir, name))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return note


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results_json")
    parser.add_argument("out_dir")
    parser.add_argument("--conformance", action="append", default=[],
                        help="a `yieldspec check --json` file (repeatable: one per CPython target)")
    parser.add_argument("--fuzz", default=os.path.join(REPO, "reports", "fuzz", "summary.json"),
                        help="scripts/fuzz's summary.json (default: reports/fuzz/summary.json, if present)")
    parser.add_argument("--mutation", default=os.path.join(REPO, "reports", "mutation", "summary.json"),
                        help="scripts/mutate's summary.json (default: the committed one)")
    parser.add_argument("--mutation-sample",
                        default=os.path.join(REPO, "reports", "mutation", "whole-suite-sample.json"),
                        help="scripts/mutate's summary of a sample judged by the whole suite (default: the committed one)")
    parser.add_argument("--mutation-rejudged",
                        default=os.path.join(REPO, "reports", "mutation", "survivors-rejudged.json"),
                        help="scripts/mutate's summary of that sample's survivors judged again (default: the committed one)")
    parser.add_argument("--mutation-corpus",
                        default=os.path.join(REPO, "reports", "mutation", "corpus-core.json"),
                        help="scripts/mutate's summary of the core's mutants judged by the corpus alone "
                             "(default: the committed one)")
    parser.add_argument("--target-notes", default=os.path.join(REPO, "bench", "TARGETS.md"),
                        help="Markdown on the targets not met (default: the committed bench/TARGETS.md)")
    parser.add_argument("--title", default=None)
    parser.add_argument("--allow-dirty", action="store_true",
                        help="write a report of a run from a modified tree (or an unknown commit), "
                             "labelled at its top as not publishable; refused otherwise")
    options = parser.parse_args()
    try:
        document = results.load(options.results_json)
        require_complete(document, options.results_json)
        conformance = []
        for path in options.conformance:
            if os.path.exists(path):
                matrix = results.read_json(path)
                if not isinstance(matrix, dict) or not all(k in matrix for k in ("backends", "results", "summary")):
                    raise results.ResultsError("%s: not a `yieldspec check --json` file" % path)
                conformance.append(matrix)
            else:
                print("report: conformance result %s is absent; the report says so" % path, file=sys.stderr)
        fuzz = results.read_json(options.fuzz) if os.path.exists(options.fuzz) else None
        mutation = results.read_json(options.mutation) if os.path.exists(options.mutation) else None
        mutation_sample, mutation_rejudged = (
            read_mutation_summary(path) if os.path.exists(path) else None
            for path in (options.mutation_sample, options.mutation_rejudged))
        mutation_corpus = (read_mutation_summary(options.mutation_corpus)
                           if os.path.exists(options.mutation_corpus) else None)
        if mutation_sample:  # a mismatched pair is refused before anything is written
            try:
                whole_suite_sample_table(mutation_sample, mutation_rejudged)
            except results.ResultsError as error:
                raise results.ResultsError("%s: %s" % (options.mutation_rejudged, error)) from None
        with open(options.target_notes, encoding="utf-8") as f:
            target_notes = f.read()
    except OSError as error:
        print("report: %s: %s; nothing written" % (options.target_notes, error.strerror), file=sys.stderr)
        return 2
    except results.ResultsError as error:
        print("report: %s; nothing written" % error, file=sys.stderr)
        return 2
    unpublishable = unpublishable_reason(document["context"])
    if unpublishable and not options.allow_dirty:
        print("report: refusing to write %s: %s. Publish only from a commit (commit or stash the changes "
              "and run again), or pass --allow-dirty for a report labelled as not publishable"
              % (options.out_dir, unpublishable), file=sys.stderr)
        return 2
    title = options.title or "yieldspec benchmarks: %s" % os.path.basename(os.path.abspath(options.out_dir))
    if mutation is None:
        print("report: mutation summary %s is absent; no mutation scores" % options.mutation, file=sys.stderr)
    note = write_into(options.out_dir, Report(document, conformance, fuzz, mutation, target_notes,
                                              mutation_sample, mutation_rejudged, mutation_corpus),
                      title)
    if note:
        print("report: " + note, file=sys.stderr)
    print("report: wrote %s/summary.md and index.html" % options.out_dir, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
