#!/usr/bin/env python3
"""Write reports/spec-versions.md: where the golden traces differ between CPython versions, and
where PyPy3 diverges from the CPython version it implements, each difference with its cause.

usage: versions_report.py [--pypy DIR LABEL VERSION] [-o reports/spec-versions.md]
Normally run by regen.py, which passes the PyPy traces it just computed (regen.py --pypy), or else
has the PyPy section of the existing report kept as it is. Causes are recognised from the changed
trace lines by the rules in CAUSES; a difference no rule explains is listed as "unexplained" so that
a person looks at it. The file is rewritten only when its text changes.
"""
import argparse
import difflib
import re
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
REPO = TOOLS.parent.parent
sys.path.insert(0, str(TOOLS))
from oracle import write_atomically  # noqa: E402
from subset import ScenarioError, default_root, load_scenario  # noqa: E402

STEP_LINE = re.compile(r"(?P<n>\d+) (?P<step>.*?) -> (?P<outcome>.*)\Z")
EVENT_LINE = re.compile(r"(?P<n>\d+) (?P<kind>emit|unraisable) (?P<value>.*)\Z")
MESSAGE = re.compile(r'(?P<type>\w+)\("(?P<message>(?:[^"\\]|\\.)*)"\)')


def step_parts(line):
    match = STEP_LINE.match(line)
    return (match.group("step"), match.group("outcome")) if match else (None, None)


def close_returns_value(old, new):
    if old is None or new is None:
        return False
    old_step, old_outcome = step_parts(old)
    new_step, new_outcome = step_parts(new)
    return (old_step is not None and old_step == new_step and old_step.startswith("close ")
            and old_outcome == "ok None" and new_outcome.startswith("ok ") and new_outcome != "ok None")


PEP479_ERROR = 'RuntimeError("generator raised StopIteration")'
STOP_ITERATION = re.compile(r'StopIteration\((?:[^()"]|"(?:[^"\\]|\\.)*")*\)')
# throw(StopIteration(v)), throw(StopIteration) and throw(StopIteration, v[, tb]) (v None: no value).
THROWN_STOP_ITERATION = re.compile(r' StopIteration(?:\((?P<value>.*)\)|, (?P<argument>[^,]+)(?:, .*)?)?$')


def thrown_stopiteration_returned(old, new):
    """For a throw of StopIteration whose RuntimeError became a return: whether the generator
    returned the thrown StopIteration's own value (it escaped unchanged); None for other lines."""
    if old is None or new is None:
        return None
    old_step, old_outcome = step_parts(old)
    new_step, new_outcome = step_parts(new)
    if (old_step is None or old_step != new_step or not old_step.startswith("throw ")
            or old_outcome != f"raise {PEP479_ERROR}" or not new_outcome.startswith("return ")):
        return None
    thrown = THROWN_STOP_ITERATION.search(old_step)
    if thrown is None:
        return None
    argument = thrown.group("argument")
    return new_outcome == "return " + (thrown.group("value") or (argument if argument != "None" else None) or "None")


def stopiteration_into_unstarted(old, new):
    """A throw step's RuntimeError became the generator's return of the thrown StopIteration's
    value, or, where a body threw and kept the outcome (yielded, emitted or raised it), the
    RuntimeError became the StopIteration itself."""
    if old is None or new is None:
        return False
    if thrown_stopiteration_returned(old, new):
        return True
    return PEP479_ERROR in old and STOP_ITERATION.sub("X", new) == old.replace(PEP479_ERROR, "X")


def stopiteration_out_of_lambda(old, new):
    """A step that only resumed a generator (next, send, drain) raised PEP 479's RuntimeError and
    now sees the generator return: its body raised StopIteration, and only a generator lambda lets
    that out unchanged."""
    if old is None or new is None:
        return False
    old_step, old_outcome = step_parts(old)
    new_step, new_outcome = step_parts(new)
    return (old_step is not None and old_step == new_step and old_step.split(" ", 1)[0] in ("next", "send", "drain")
            and old_outcome == f"raise {PEP479_ERROR}" and new_outcome.startswith("return "))


def stopiteration_thrown_at_yield_from(old, new):
    """A throw of StopIteration raised PEP 479's RuntimeError and the generator now goes on (the
    same step yields, raises an exception of its own, or an event of that step comes first) or
    returns a value of its own: the yield from it was suspended in took the StopIteration for its
    subiterator's return."""
    if old is None or new is None:
        return False
    old_step, old_outcome = step_parts(old)
    if old_step is None or not old_step.startswith("throw ") or " StopIteration" not in old_step:
        return False
    if old_outcome != f"raise {PEP479_ERROR}":
        return False
    new_step, new_outcome = step_parts(new)
    same_step_number = old.split(" ", 1)[0] == new.split(" ", 1)[0]
    goes_on = new_outcome is not None and (new_outcome.startswith("yield ") or (
        new_outcome.startswith("raise ") and not new_outcome.startswith("raise StopIteration")))
    return (new_step == old_step and goes_on) or (
        new_step is None and same_step_number and EVENT_LINE.match(new) is not None) or (
        thrown_stopiteration_returned(old, new) is False)


def message_wording(old, new):
    """Same line except for the text of an exception message."""
    if old is None or new is None:
        return False
    old_messages, new_messages = MESSAGE.findall(old), MESSAGE.findall(new)
    return bool(old_messages) and (len(old_messages) == len(new_messages)
            and [t for t, _ in old_messages] == [t for t, _ in new_messages]
            and MESSAGE.sub(r"\g<type>(…)", old) == MESSAGE.sub(r"\g<type>(…)", new))


def state_differs(old, new):
    if old is None or new is None:
        return False
    old_step, old_outcome = step_parts(old)
    new_step, _ = step_parts(new)
    return old_step is not None and old_step == new_step and old_outcome.startswith("state ")


EXCEPTION_OR_NONE = re.compile(r'\b[A-Z]\w*\((?:[^()"]|"(?:[^"\\]|\\.)*")*\)|\bNone\b')


def context_chained(old, new):
    """An emitted value differs only where an exception (or None) stands: what an exception's
    __context__ read gives changed."""
    if old is None or new is None:
        return False
    old_event, new_event = EVENT_LINE.match(old), EVENT_LINE.match(new)
    return (bool(old_event) and bool(new_event) and old_event.group("kind") == new_event.group("kind") == "emit"
            and old_event.group("n") == new_event.group("n")
            and EXCEPTION_OR_NONE.sub("X", old) == EXCEPTION_OR_NONE.sub("X", new))


def str_ascii_iterator(old, new):
    """The line changed only where str_iterator became str_ascii_iterator."""
    return (old is not None and new is not None and "str_ascii_iterator" in new
            and new.replace("str_ascii_iterator", "str_iterator") == old)


THROW_SIGNATURE_WARNING = re.compile(r"\d+ warning DeprecationWarning\(\"the \(type, exc, tb\) signature of throw\(\)")


def throw_signature_warns(old, new):
    """A line one side lacks: the DeprecationWarning of throw() given more than one argument."""
    return (old is None) != (new is None) and THROW_SIGNATURE_WARNING.match(old or new) is not None


NO_ATTRIBUTE = re.compile(r"raise AttributeError\(\"(?:'\w+' object|module '\w+') has no attribute '\w+'\"\)\Z")


def attribute_added(old, new):
    """The same step raised AttributeError (no such attribute) on the older side and goes on on the
    newer one: the attribute exists only there."""
    if old is None or new is None:
        return False
    old_step, old_outcome = step_parts(old)
    new_step, new_outcome = step_parts(new)
    return (old_step is not None and old_step == new_step and NO_ATTRIBUTE.match(old_outcome) is not None
            and not new_outcome.startswith("raise AttributeError"))


def iterator_throw_given_three_arguments(old, new):
    """A step now fails because an iterator object's throw(self, exc) was called with three arguments."""
    refused = "throw() takes 2 positional arguments but 4 were given"
    return new is not None and refused in new and (old is None or refused not in old)


def traceback_checked_before_delegating(old, new):
    """throw()'s refusal of a bad traceback argument is now the step's own outcome, where before
    the step went on (the check happened further down a chain)."""
    refused = 'raise TypeError("throw() third argument must be a traceback object")'
    if old is None or new is None:
        return False
    _, old_outcome = step_parts(old)
    _, new_outcome = step_parts(new)
    return new_outcome == refused and old_outcome != refused


def memory_error_instead(old, new):
    """A MemoryError where there was none."""
    return new is not None and "MemoryError()" in new and (old is None or "MemoryError" not in old)


def tuple_iterator_named_sequenceiterator(old, new):
    """The line changed only where tuple_iterator became sequenceiterator."""
    return (old is not None and new is not None and "tuple_iterator" in old
            and old.replace("tuple_iterator", "sequenceiterator") == new)


INTEGER = re.compile(r"(?<![\w.\"])-?\d+(?![\w.\"])")


def headroom_differs(old, new):
    """The same step yields the same value but for integers that were 0: a scenario measuring the
    recursion headroom gained or lost (0: none) by running generators."""
    if old is None or new is None:
        return False
    old_step, old_outcome = step_parts(old)
    new_step, new_outcome = step_parts(new)
    if old_step is None or old_step != new_step or not old_outcome.startswith("yield "):
        return False
    old_ints, new_ints = INTEGER.findall(old_outcome), INTEGER.findall(new_outcome)
    changed = [(a, b) for a, b in zip(old_ints, new_ints) if a != b]
    return (len(old_ints) == len(new_ints) and bool(changed) and all(a == "0" for a, _ in changed)
            and INTEGER.sub("N", old_outcome) == INTEGER.sub("N", new_outcome))


def event_moved(old, new):
    """Only event lines changed (one side may lack the line)."""
    present = [line for line in (old, new) if line is not None]
    return all(EVENT_LINE.match(line) for line in present)


# (rule, cause). A rule sees one changed line pair (old, new); None for a line only one side has.
CAUSES = [
    (close_returns_value,
     "close() returns the generator's return value: CPython 3.13 made close() return the value of "
     "the StopIteration a generator finishes with after handling GeneratorExit (python/cpython#104770); "
     "before, close() always returned None."),
    (stopiteration_out_of_lambda,
     "StopIteration leaves a generator lambda unchanged: CPython 3.12 compiles a lambda without the "
     "PEP 479 handler a def gets, so a StopIteration its body raises ends it as a return instead of "
     "becoming RuntimeError(\"generator raised StopIteration\")."),
    (stopiteration_thrown_at_yield_from,
     "a StopIteration thrown at a yield from is the subiterator's return: from CPython 3.12 an "
     "exception raised at a yield from by throw() (the subiterator has no throw method, or lets it "
     "out) goes through CLEANUP_THROW, which takes a StopIteration's value as the yield from's result "
     "and resumes the delegator; before, it was raised in the delegator's body."),
    (stopiteration_into_unstarted,
     "StopIteration thrown into a just-started generator escapes unchanged: since CPython 3.12 a throw "
     "into a generator that has not started is raised before the frame's PEP 479 handler covers it, so "
     "it is no longer turned into RuntimeError(\"generator raised StopIteration\") "
     "(python/cpython#152685, reported as a bug); the same holds for one thrown into a generator "
     "lambda, which has no such handler from 3.12."),
    (message_wording,
     "an exception message is worded differently (same type, same step)."),
    (state_differs,
     "the generator is in a different state: it was closed or finalized at a different moment."),
    (context_chained,
     "an exception's __context__ differs: an exception thrown into a generator (throw(), close(), "
     "or coming back out of a subgenerator on those paths) is chained to the exception the generator "
     "handles where it is suspended from CPython 3.9 (_PyErr_ChainStackItem, bpo-29587); CPython 3.8 "
     "and PyPy 3.9 chain none."),
    (str_ascii_iterator,
     "an all-ASCII str is iterated by a type of its own, str_ascii_iterator, from CPython 3.11 "
     "and messages name it."),
    (throw_signature_warns,
     "throw() given more than one argument warns: CPython 3.12 deprecated the (type, value[, "
     "traceback]) signatures of throw() (DeprecationWarning, python/cpython#96348); earlier "
     "versions and PyPy 3.9 issue no warning."),
    (attribute_added,
     "an attribute the older version lacks exists in the newer one: CPython 3.11 added generators' "
     "gi_suspended and sys.exception()."),
    (iterator_throw_given_three_arguments,
     "a yield from hands a thrown exception to an iterator object's throw() as three arguments "
     "(type, value, traceback), which a throw(self, exc) method refuses with TypeError: PyPy 3.9 "
     "does so whatever throw() was given; CPython passes on the arguments throw() was called with "
     "(the exception alone for throw(exc))."),
    (traceback_checked_before_delegating,
     "throw() with a traceback argument that is not a traceback raises TypeError at once in PyPy "
     "3.9, in the generator it is called on; CPython forwards the throw down the yield from chain "
     "and raises the TypeError in the innermost generator, whose handlers and finally blocks run."),
    (memory_error_instead,
     "MemoryError: PyPy 3.9 tries to build a str of the requested length and runs out of memory, "
     "where CPython refuses the length first (OverflowError(\"repeated string is too long\"))."),
    (tuple_iterator_named_sequenceiterator,
     "PyPy names the iterator of a tuple sequenceiterator (CPython: tuple_iterator)."),
    (headroom_differs,
     "a recursion headroom the scenario measures differs: in CPython running the generators gives "
     "back every frame (a difference of 0); PyPy's recursion depth accounting is its own, so the "
     "depth a probe reaches moves between measurements."),
    (event_moved,
     "an emit or unraisable event happens in another step or order: a finalizer ran at a different "
     "moment."),
]
CONSEQUENCE = "later steps have other outcomes as a consequence of the difference above."
UNEXPLAINED = "unexplained: no rule of versions_report.py recognises this change; look at the diff."

# Known wording changes, so the report names the change rather than only showing it.
KNOWN_MESSAGES = {
    ("integer division or modulo by zero", "integer modulo by zero"):
        "`x % 0` says \"integer modulo by zero\" instead of \"integer division or modulo by zero\""
        " (CPython's wording since 3.11).",
}


def changed_pairs(old_lines, new_lines):
    """The changed lines as (old, new) pairs; None stands for a line one side lacks."""
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        olds, news = old_lines[i1:i2], new_lines[j1:j2]
        yield from paired_by_step(olds, news) if tag == "replace" else (
            [(old, None) for old in olds] + [(None, new) for new in news])


def paired_by_step(olds, news):
    """A replaced block's lines as pairs: each step line with the other side's line of the same
    step (number and operation), the other lines by position. In trace order, except that an event
    only one side has comes after the other lines of its step (it follows from their outcome)."""
    left = list(range(len(news)))
    partner = {}
    for i, old in enumerate(olds):
        key = step_line_key(old)
        j = next((j for j in left if key is not None and step_line_key(news[j]) == key), None)
        if j is not None:
            partner[i] = j
            left.remove(j)
    rest = [i for i in range(len(olds)) if i not in partner]
    partner.update(zip(rest, left))
    pairs = [(old, news[partner[i]] if i in partner else None) for i, old in enumerate(olds)]
    pairs += [(None, news[j]) for j in left[len(rest):]]

    def order(indexed):
        position, (old, new) = indexed
        lacked_event = (old is None) != (new is None) and EVENT_LINE.match(old or new) is not None
        number = (old or new).split(" ", 1)[0]
        return int(number) if number.isdigit() else -1, lacked_event, position
    return [pair for _, pair in sorted(enumerate(pairs), key=order)]


def split_unmatched(pairs):
    """Each pair as it is, except two lines of different steps that no rule relates: those are a
    line each side lacks (the diff paired them by position only)."""
    for old, new in pairs:
        if (old is not None and new is not None and old.split(" ", 1)[0] != new.split(" ", 1)[0]
                and not any(rule(old, new) for rule, _ in CAUSES)):
            yield old, None
            yield None, new
        else:
            yield old, new


def step_line_key(line):
    match = STEP_LINE.match(line)
    return (match.group("n"), match.group("step")) if match else None


def steps_on_both_sides(old, new, old_lines, new_lines):
    """A step line one side lacks, of a step (number and operation) the other side has too."""
    if (old is None) == (new is None):
        return False
    key = step_line_key(old or new)
    other = new_lines if old is not None else old_lines
    return key is not None and any(step_line_key(line) == key for line in other)


def same_step_other_outcome(old, new):
    old_step, old_outcome = step_parts(old) if old else (None, None)
    new_step, new_outcome = step_parts(new) if new else (None, None)
    return old_step is not None and old_step == new_step and old_outcome != new_outcome


def causes_of(old_text, new_text):
    """The causes explaining every changed line, in first-seen order. Once a difference is
    explained, a later step whose outcome differs is taken as its consequence."""
    found, explained_steps = [], set()
    old_lines, new_lines = old_text.splitlines(), new_text.splitlines()
    for old, new in split_unmatched(changed_pairs(old_lines, new_lines)):
        rule, cause = next(((rule, c) for rule, c in CAUSES if rule(old, new)), (None, UNEXPLAINED))
        number = (old or new).split(" ", 1)[0]
        # A generator's state read after an explained difference follows from it (a throw that
        # now yields leaves it suspended, not closed), as do the other outcomes of the step the
        # difference is in and of a later step both sides have (a drain that yields more or
        # fewer values). An event only one side has, in a step whose outcome changed for an
        # explained cause, follows from it too; an event both sides have keeps its own cause.
        lacked = (old is None) != (new is None)
        if (found and UNEXPLAINED not in found and (
                (rule in (None, state_differs) and (number in explained_steps or same_step_other_outcome(old, new)
                                                    or steps_on_both_sides(old, new, old_lines, new_lines)))
                or (rule is event_moved and lacked and number in explained_steps))):
            cause = CONSEQUENCE
        elif rule not in (None, event_moved, state_differs) and STEP_LINE.match(old or new):
            explained_steps.add(number)
        if cause.startswith("an exception message"):
            wording = (MESSAGE.search(old).group("message"), MESSAGE.search(new).group("message"))
            cause = KNOWN_MESSAGES.get(wording, f"exception message wording: \"{wording[0]}\" became \"{wording[1]}\".")
        if cause not in found:
            found.append(cause)
    return found


def rule_checked(scenario):
    """The first docstring line of a scenario ("category/name"), which says what the trace shows."""
    try:
        return load_scenario(default_root() / f"{scenario}.py").docstring
    except ScenarioError as error:
        return f"(scenario not readable: {error.rule})"


def block(title, scenario, causes, diff):
    return (f"### {title}\n\n> {rule_checked(scenario)}\n\n" + "".join(f"- {cause}\n" for cause in causes)
            + f"\n```diff\n{diff}\n```\n")


def unified(old_text, new_text, old_label, new_label):
    lines = difflib.unified_diff(old_text.splitlines(), new_text.splitlines(), old_label, new_label, lineterm="", n=1)
    return "\n".join(lines)


def read_traces(directory):
    directory = Path(directory)
    return {p.relative_to(directory).as_posix()[:-len(".trace")]: p.read_text(encoding="utf-8")
            for p in sorted(directory.rglob("*.trace"))}


def minor_of(directory_name):
    return int(directory_name.split(".")[1])


def cpython_sections(traces_dir):
    """The differences between consecutive CPython versions: (versions, their traces,
    {(later version, cause): scenarios}, {(earlier, later): scenarios changed}, Markdown blocks)."""
    versions = sorted((d.name for d in Path(traces_dir).glob("cpython-3.*") if d.is_dir()), key=minor_of)
    traces = {version: read_traces(Path(traces_dir) / version) for version in versions}
    rows, changed, blocks = {}, {}, []
    for earlier, later in zip(versions, versions[1:]):
        changed[(earlier, later)] = []
        for scenario in sorted(set(traces[earlier]) & set(traces[later])):
            old, new = traces[earlier][scenario], traces[later][scenario]
            if old == new:
                continue
            changed[(earlier, later)].append(scenario)
            causes = causes_of(old, new)
            for cause in causes:
                rows.setdefault((later, cause), []).append(scenario)
            blocks.append(block(f"`{scenario}`: {earlier} → {later}", scenario, causes,
                                unified(old, new, earlier, later)))
    return versions, traces, rows, changed, blocks


PYPY_HEADING = "## PyPy3"
CORPUS_LINE = re.compile(r"^Corpus and oracle when PyPy was run: `(?P<digest>[0-9a-f]+)`", re.MULTILINE)
NOT_COMPARED = "PyPy was not compared: run `scripts/regen-traces --pypy` where pypy3 is installed.\n"
STALE_NOTE = ("> **Stale**: the scenarios or the oracle changed since PyPy was last run; this section is "
              "what that run found. `scripts/regen-traces --pypy` brings it up to date.\n")


def pypy_section(traces, pypy, corpus):
    directory, label, version, errors = pypy
    implemented = "cpython-" + ".".join(version.split(".")[:2])
    lines = [f"## {label} against CPython {implemented[len('cpython-'):]}\n",
             f"PyPy {version} was run with the same oracle (`spec/tools/oracle.py`). PyPy has no reference "
             "counting, so the oracle calls `gc.collect()` after every operation, until three collections in a "
             "row add nothing to the trace, to run finalizers within the step that dropped the last reference; "
             "whatever still differs is listed here. Its traces are not committed: they are an implementation "
             "under test, not a reference. It runs only with `scripts/regen-traces --pypy`.\n"]
    if corpus:
        lines.append(f"Corpus and oracle when PyPy was run: `{corpus[:16]}` (SHA-256 prefix).\n")
    if implemented not in traces:
        lines.append(f"No CPython {implemented} traces exist, so PyPy could not be compared.\n")
        return lines
    pypy_traces = read_traces(directory)
    reference = traces[implemented]
    divergent = [s for s in sorted(reference) if s in pypy_traces and pypy_traces[s] != reference[s]]
    missing = sorted(set(reference) - set(pypy_traces))
    lines.append(f"{len(divergent)} of {len(reference)} scenarios diverge.\n")
    if missing:
        lines.append("PyPy produced no trace for: " + ", ".join(f"`{s}`" for s in missing) + ".\n")
    if errors:
        lines.append("The oracle under PyPy reported:\n\n```\n" + errors + "\n```\n")
    by_cause, blocks = {}, []
    for scenario in divergent:
        causes = causes_of(reference[scenario], pypy_traces[scenario])
        for cause in causes:
            by_cause.setdefault(cause, []).append(scenario)
        blocks.append(block(f"`{scenario}`", scenario, causes,
                            unified(reference[scenario], pypy_traces[scenario], implemented, "pypy3")))
    if by_cause:
        lines.append("| cause | scenarios |\n|---|---|")
        lines.extend(f"| {cause} | " + ", ".join(f"`{s}`" for s in scenarios) + " |"
                     for cause, scenarios in by_cause.items())
        lines.append("")
    return lines + blocks


def kept_pypy_section(previous, corpus):
    """The PyPy section of the previous report, marked stale if its corpus digest is not `corpus`;
    None if it has none."""
    start = previous.find("\n" + PYPY_HEADING) if previous else -1
    if start < 0:
        return None
    section = previous[start + 1:].rstrip("\n")
    if NOT_COMPARED.strip() in section:
        return None
    match = CORPUS_LINE.search(section)
    fresh = match is not None and corpus is not None and corpus.startswith(match.group("digest"))
    section = section.replace("\n" + STALE_NOTE, "")
    if not fresh:
        heading_end = section.index("\n") + 1
        section = section[:heading_end] + "\n" + STALE_NOTE + section[heading_end:]
    return [section + "\n"]


def render(traces_dir, pypy, cpython_versions, corpus=None, previous=None):
    versions, traces, rows, changed, blocks = cpython_sections(traces_dir)
    count = len(set().union(*[set(t) for t in traces.values()])) if traces else 0
    lines = [
        "# Where CPython versions and PyPy3 differ on the spec corpus\n",
        "Generated by `spec/tools/versions_report.py` (run by `scripts/regen-traces`) from the golden traces "
        "in `spec/traces/`; do not edit by hand. Each CPython version is compared with the one before it; "
        "the cause of each difference is recognised from the changed trace lines.\n",
        f"Corpus: {count} scenarios. CPython versions with traces: "
        + (", ".join(v[len('cpython-'):] for v in versions) or "none") + ".\n",
        "CPython interpreters found by the run that wrote this report: "
        + (", ".join(f"CPython {v}" for v in cpython_versions) or "none") + ".\n",
        "## Between CPython versions\n",
    ]
    if changed:
        lines.append("| from | to | scenarios whose trace changed |\n|---|---|---|")
        lines.extend(f"| {earlier[len('cpython-'):]} | {later[len('cpython-'):]} | {len(scenarios)} |"
                     for (earlier, later), scenarios in changed.items())
        lines.append("")
    if rows:
        lines.append("| first in | cause | scenarios |\n|---|---|---|")
        for (version, cause), scenarios in sorted(rows.items(), key=lambda r: (minor_of(r[0][0]), r[0][1])):
            lines.append(f"| {version[len('cpython-'):]} | {cause} | "
                         + ", ".join(f"`{s}`" for s in scenarios) + " |")
        lines.append("")
        lines.extend(blocks)
    else:
        lines.append("Every scenario has the same trace under every CPython version present.\n")
    if pypy is not None:
        lines.extend(pypy_section(traces, pypy, corpus))
    else:
        lines.extend(kept_pypy_section(previous, corpus) or [f"{PYPY_HEADING}\n\n{NOT_COMPARED}"])
    return "\n".join(lines).rstrip("\n") + "\n"


def write(traces_dir, pypy, output, cpython_versions=(), corpus=None):
    """Render the report and rename it into place unless it already says exactly that; True if written.
    pypy: (traces dir, label, version, what the oracle printed on failure), or None to keep the PyPy
    section of the existing report (marked stale unless it was made from `corpus`);
    cpython_versions: the full versions ("3.11.7") of the CPythons found;
    corpus: regen.corpus_digest() of the scenarios and oracle the traces come from."""
    output = Path(output)
    previous = output.read_text(encoding="utf-8") if output.is_file() else None
    text = render(traces_dir, pypy, cpython_versions, corpus, previous)
    if text == previous:
        return False
    output.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(output, text)
    return True


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--traces", type=Path, default=REPO / "spec" / "traces")
    parser.add_argument("--pypy", nargs=3, metavar=("DIR", "LABEL", "VERSION"),
                        help="PyPy traces to compare, e.g. /tmp/pypy 'PyPy3 (3.9)' 3.9.16")
    parser.add_argument("-o", "--output", type=Path, default=REPO / "reports" / "spec-versions.md")
    options = parser.parse_args(argv)
    write(options.traces, tuple(options.pypy) + ("",) if options.pypy else None, options.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
