"""Compare two benchmark results and fail on a regression (CI's gate).

  wall          wall time per operation: each benchmark's repetitions in the
                baseline and the current run go through a two-sided
                Mann-Whitney U test (scipy); a benchmark regressed when the
                difference is significant (p < --alpha) AND its median grew by
                more than --threshold percent. Needs >= 9 repetitions per side
                (fewer are reported, never gated on): run.py's default.
  instructions  instructions per operation counted under callgrind (run.py
                --instructions): deterministic, so a plain threshold suffices;
                the mode to gate on in shared CI machines.

Inputs: results.json written by run.py, or ys-bench's own --benchmark_out JSON
(wall mode). Exit status: 0 no regression, 1 regression, 2 nothing comparable, a missing
dependency, or an input that is missing, empty or not a results file.

Usage: compare.py BASELINE CURRENT [--mode wall|instructions] [--threshold PCT] [--alpha P] [--filter RE] [--exclude RE]
"""

import argparse
import os
import re
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import results  # noqa: E402

MIN_REPETITIONS = 9  # below this the U test has too little power (Google Benchmark's compare.py warns too)


def compare_wall(baseline, current, options):
    try:
        from scipy.stats import mannwhitneyu
    except ImportError:
        print("compare: wall mode needs scipy (Debian: apt-get install python3-scipy; "
              "run with /usr/bin/python3)", file=sys.stderr)
        return None
    base, cur = results.timed_samples(baseline), results.timed_samples(current)
    rows = []
    for name in sorted(set(base) & set(cur)):
        if not selected(name, options) or results.split_name(name)[0] == "memory":
            continue
        b, c = base[name], cur[name]
        ratio = statistics.median(c) / statistics.median(b)
        if min(len(b), len(c)) < MIN_REPETITIONS:
            rows.append((name, statistics.median(b), statistics.median(c), ratio, None,
                         "not tested: %d/%d repetitions (< %d)" % (len(b), len(c), MIN_REPETITIONS)))
            continue
        p = mannwhitneyu(b, c, alternative="two-sided").pvalue
        rows.append((name, statistics.median(b), statistics.median(c), ratio, p,
                     verdict(ratio, options.threshold, significant=p < options.alpha)))
    return rows


def compare_instructions(baseline, current, options):
    base, cur = results.instruction_counts(baseline), results.instruction_counts(current)
    if not base or not cur:
        print("compare: instructions mode needs results of run.py --instructions on both sides", file=sys.stderr)
        return None
    iterations = {document.get("context", {}).get("method", {}).get("instruction_iterations")
                  for document in (baseline, current)}
    if len(iterations) > 1:
        print("compare: warning: counted over different iteration counts (%s); one-off costs are "
              "amortized differently" % " vs ".join(map(str, iterations)), file=sys.stderr)
    rows = []
    for name in sorted(set(base) & set(cur)):
        if selected(name, options):
            ratio = cur[name] / base[name] if base[name] else float("inf")
            rows.append((name, base[name], cur[name], ratio, None, verdict(ratio, options.threshold, True)))
    return rows


def selected(name, options):
    return re.search(options.filter, name) and not (options.exclude and re.search(options.exclude, name))


def verdict(ratio, threshold_pct, significant):
    if significant and ratio > 1 + threshold_pct / 100:
        return "REGRESSION"
    if significant and ratio < 1 - threshold_pct / 100:
        return "improvement"
    return "same"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("baseline")
    parser.add_argument("current")
    parser.add_argument("--mode", choices=("wall", "instructions"), default="wall")
    parser.add_argument("--threshold", type=float, default=None,
                        help="percent a median (wall) or count (instructions) may grow; default 10 / 2")
    parser.add_argument("--alpha", type=float, default=0.05, help="significance level of the U test (wall)")
    parser.add_argument("--filter", default="", help="only benchmarks whose name matches this regex")
    parser.add_argument("--exclude", default="",
                        help="skip benchmarks matching this regex (e.g. 'futex|/threads' in instructions mode: "
                             "two threads handing over make their counts vary by a few percent)")
    options = parser.parse_args()
    if options.threshold is None:
        options.threshold = 10.0 if options.mode == "wall" else 2.0

    try:
        baseline, current = results.load(options.baseline), results.load(options.current)
    except results.ResultsError as error:
        # Not 1: a file that cannot be read is no evidence of a regression.
        print("compare: %s" % error, file=sys.stderr)
        return 2
    rows = (compare_wall if options.mode == "wall" else compare_instructions)(baseline, current, options)
    if rows is None:
        return 2
    if not rows:
        print("compare: no benchmark is in both results", file=sys.stderr)
        return 2
    unit = "ns/op" if options.mode == "wall" else "instr/op"
    print("%-44s %14s %14s %8s %8s  %s" % ("benchmark", "base " + unit, "current", "ratio", "p", "verdict"))
    for name, b, c, ratio, p, text in rows:
        print("%-44s %14.2f %14.2f %8.3f %8s  %s" % (name, b, c, ratio, "-" if p is None else "%.4f" % p, text))
    regressions = [r[0] for r in rows if r[5] == "REGRESSION"]
    print("\n%s mode, threshold %g%%%s: %d compared, %d regression(s)%s"
          % (options.mode, options.threshold, ", alpha %g" % options.alpha if options.mode == "wall" else "",
             len(rows), len(regressions), (": " + ", ".join(regressions)) if regressions else ""))
    return 1 if regressions else 0


if __name__ == "__main__":
    sys.exit(main())
