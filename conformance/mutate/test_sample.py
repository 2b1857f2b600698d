#!/usr/bin/env python3
"""A sampled mutation run judges consistently and leaves the tracked sources alone.

usage: test_sample.py WORK_DIR

Runs scripts/mutate on a fixed-seed sample of core mutants plus three mutants whose verdict is
known whatever the score of the day: a deleted "generator already executing" error (the corpus
kills it), a negated condition in code only AddressSanitizer builds compile (equivalent: the
object code is unchanged), the asm switch that no longer restores MXCSR (the corpus cannot
see it, the runtime suite's switch torture kills it), and a type name cut inside a character
whose NUL lands one byte past its buffer (the corpus cannot see it, AddressSanitizer in the
sanitizer step kills it before the runtime suite). Checks those verdicts, that every verdict
is one the tool documents and the summary's counts add up, and that the tracked sources are
byte for byte what they were. Coverage-based selection is off (--no-coverage): its map costs a
build and a run of every scenario alone, more than this slice; test_mutants.py tests the selection.

To take minutes, not the quarter of an hour the whole corpus on two targets took (mostly the
sanitizer step's baseline), the corpus here is three categories and one scenario (78 scenarios,
the ones the known verdicts need: close/close_running_self,
misc/type_name_cut_inside_a_character_ends_in_one_replacement_character) on CPython 3.13.
"""
import hashlib
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import mutate  # noqa: E402

SEED, SAMPLE = 20261130, 3
SCENARIOS = ("close/*", "reentrancy/*", "states/*", "misc/type_name_cut_inside_a_character_*")
PYTHON = "3.13"
VERDICTS = {"killed", "survived", "timeout", "crash", "not-compiled", "equivalent"}


def pick(path, operator, needle):
    """The one mutant of `path` by `operator` whose description or source line has `needle`."""
    text = (mutate.REPO / path).read_text()
    found = [m for m in mutate.mutants_mod.generate(text, path)
             if m.operator == operator and
             (needle in m.description or needle in text.splitlines()[m.line - 1])]
    if len(found) != 1:
        sys.exit("test_sample: %d %s mutants of %s match %r (want exactly 1); update the test"
                 % (len(found), operator, path, needle))
    return found[0].id


def digest_sources():
    h = hashlib.sha256()
    for rel in mutate.tracked_files(mutate.REPO):
        if rel.startswith("impls/"):
            h.update(rel.encode() + b"\0" + (mutate.REPO / rel).read_bytes())
    return h.hexdigest()


def main():
    work = Path(sys.argv[1]).resolve()
    killable = pick("impls/core/src/gen.c", "delete", '"generator already executing"')
    equivalent = pick("impls/ucontext/ucontext.c", "negate", "if (!glibc_swapcontext)")
    runtime_only = "catalogue:asm-fp-control-not-restored"
    sanitizer_only = pick("impls/core/src/value.c", "constant", "keep += 3")
    before = digest_sources()
    summary, results = work / "summary.json", work / "results.json"
    command = [sys.executable, str(HERE / "mutate.py"), "--work", str(work),
               "--summary", str(summary), "--results", str(results),
               "--mutant", killable, "--mutant", equivalent, "--mutant", runtime_only,
               "--mutant", sanitizer_only, "--no-coverage",
               "--sample", str(SAMPLE), "--seed", str(SEED), "--scope", "core",
               "--python", PYTHON]
    for scenario in SCENARIOS:
        command += ["--scenario", scenario]
    result = subprocess.run(command)
    failures = []
    if result.returncode != 0:
        sys.exit("test_sample: scripts/mutate exited with %d" % result.returncode)
    records = {r["id"]: r for r in json.loads(results.read_text())["mutants"]}
    expect = {killable: ("killed", "killed", None, None),
              equivalent: ("equivalent", None, None, None),
              runtime_only: ("killed", "survived", "killed", "survived"),
              sanitizer_only: ("killed", "survived", None, "killed")}
    for ident, want in expect.items():
        r = records.get(ident)
        got = r and (r["verdict"], r["corpus"], r["runtime"], r.get("sanitized"))
        if got != want:
            failures.append("%s: expected (verdict, corpus, runtime, sanitized) = %s, got %s"
                            % (ident, want, got))
    if len(records) != SAMPLE + len(expect):
        failures.append("expected %d judged mutants, got %d" % (SAMPLE + len(expect), len(records)))
    for r in records.values():
        if r["verdict"] not in VERDICTS:
            failures.append("%s: undocumented verdict %r" % (r["id"], r["verdict"]))
    s = json.loads(summary.read_text())
    for name, block in list(s["files"].items()) + [("total", s["total"])]:
        parts = block["not-compiled"] + block["equivalent"] + block["judged"]
        suite = sum(block["suite"][v] for v in ("killed", "crash", "timeout", "survived"))
        if parts != block["generated"] or suite != block["judged"]:
            failures.append("%s: counts do not add up: %s" % (name, block))
    if digest_sources() != before:
        failures.append("the tracked sources under impls/ changed during the run")
    tree = work / "tree"
    for rel in mutate.tracked_files(mutate.REPO):
        if rel.startswith("impls/") and (tree / rel).read_bytes() != (mutate.REPO / rel).read_bytes():
            failures.append("the private copy of %s was not restored" % rel)
    for f in failures:
        print("test_sample: " + f, file=sys.stderr)
    if failures:
        return 1
    print("test_sample: %d mutants judged as expected" % len(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())
