"""ctest's bench_smoke: run everything in smoke mode (a few iterations, one
repetition) and check that results.json is valid and names every expected
benchmark, none failed, every backend of the binary's registry is there, and
no two benchmarks of the binary share a name (their samples would be pooled).

Usage: check_smoke.py --binary ys-bench --out DIR
"""

import argparse
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import results  # noqa: E402
import run  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--out", required=True)
    options = parser.parse_args()

    duplicated = results.duplicates(run.list_benchmarks(options.binary))
    for name in duplicated:
        print("duplicate benchmark name: %s (two benchmarks would pool their samples)" % name)
    run_py = os.path.join(os.path.dirname(os.path.abspath(__file__)), "run.py")
    subprocess.run([sys.executable, run_py, "--binary", options.binary, "--out", options.out, "--smoke"], check=True)
    document = results.load(os.path.join(options.out, "results.json"))  # raises if the JSON is invalid

    backends = document["context"]["backends"].split(",")
    python_labels = [label for label in document["sources"] if label != "ys-bench"]
    reported = set(results.timed_samples(document)) | set(results.errors(document))
    missing = [name for name in results.expected_names(backends, python_labels,
                                                                      results.has_scenario_workloads(document["context"])) if name not in reported]
    failed = results.errors(document)
    for name in missing:
        print("missing: " + name)
    for name, message in sorted(failed.items()):
        print("failed: %s: %s" % (name, message))
    print("bench smoke: %d backends (%s), Python peers: %s, scenario workloads: %s; %d missing, %d failed, %d duplicated"
          % (len(backends), ", ".join(backends), ", ".join(python_labels) or "none",
             document["context"]["scenario_workloads"], len(missing), len(failed), len(duplicated)))
    return 1 if missing or failed or duplicated else 0


if __name__ == "__main__":
    sys.exit(main())
