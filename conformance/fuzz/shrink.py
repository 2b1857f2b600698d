"""Delta debugging of a diverging program down to a minimal one that shows the same divergence.

The program is cut along its syntax: DRIVE steps (in halves, quarters, ... then one by one), whole
functions and classes, the methods of a class, statements at any depth (a block left empty gets
`pass`), except/else/finally clauses, the cause of a `raise ... from`, and compound statements
replaced by their body. Each round builds every candidate the
subset validator accepts, runs them in batches (differential.run_batch), biggest cuts first, and keeps
the smallest of the first batch that still shows the divergence's signature (class and targets); the
rounds stop when no candidate does, or when the time budget is spent.

write_scenario() turns the result into a ready-to-commit scenario file: its category guessed from
the divergence, its docstring saying what differs.
"""
import ast
import re
import time

import differential

CANDIDATES_PER_BATCH = 12


def shrink(toolchain, source, signature, work, seconds=600, log=None):
    """The smallest program found that still shows `signature`; (source, rounds, findings of it)."""
    def still_diverging(programs):
        results = differential.run_batch(toolchain, programs, work)
        return {n: r.findings for n, r in results.items() if signature in differential.signatures(r)}
    return reduce(source, still_diverging, work, seconds, log)


def reduce(source, keeping, work, seconds=600, log=None):
    """The smallest program found that `keeping` keeps; (source, rounds, what `keeping` said of it).

    keeping({name: source}) returns {name: findings} for the programs that still show what is
    shrunk for. A round tries the candidates biggest cut first, a batch of CANDIDATES_PER_BATCH at a
    time, and moves on from the first batch where one is kept (the smallest of those), so big cuts
    are taken early and a round that finds nothing has tried every single cut."""
    deadline = time.monotonic() + seconds
    current, findings, rounds = source, None, 0
    while time.monotonic() < deadline:
        candidates = sorted((c for c in unique(candidate_sources(current)) if len(c) < len(current)), key=len)
        candidates = [c for c in candidates if is_valid(c, work)]
        improved = False
        for start in range(0, len(candidates), CANDIDATES_PER_BATCH):
            if time.monotonic() >= deadline:
                break
            chunk = candidates[start:start + CANDIDATES_PER_BATCH]
            programs = {f"misc/shrink_{i}": text for i, text in enumerate(chunk)}
            kept = keeping(programs)
            if kept:
                _, best = min((len(programs[n]), n) for n in kept)
                current, findings, improved = programs[best], kept[best], True
                rounds += 1
                if log:
                    log(f"shrink round {rounds}: {len(current.splitlines())} lines")
                break
        if not improved:
            break
    return current, rounds, findings


def unique(texts):
    seen = set()
    for text in texts:
        if text not in seen:
            seen.add(text)
            yield text


def is_valid(text, work):
    """Whether the subset validator accepts `text` (written to a scratch scenario path)."""
    path = differential.scenario_path(work / "validate", "misc/candidate")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return not differential.subset.validate_file(path, work / "validate" / "spec" / "scenarios")


# ---- candidates ---------------------------------------------------------------------------------------

def candidate_sources(source):
    """Smaller variants of `source`, the biggest cuts first."""
    try:
        module = ast.parse(source)
    except SyntaxError:
        return
    lines = source.splitlines(keepends=True)
    drive = module.body[-1]
    if isinstance(drive, ast.Assign) and isinstance(drive.value, ast.List):
        yield from drive_cuts(lines, drive.value.elts)
    for node in module.body[1:-1]:
        yield cut(lines, node.lineno, node.end_lineno)
    for node in module.body:
        if isinstance(node, ast.FunctionDef):
            yield from block_cuts(lines, node.body)
        elif isinstance(node, ast.ClassDef):
            yield from method_cuts(lines, node)


def method_cuts(lines, class_node):
    """Each method of an iterator class removed (a class keeps one at least), then cuts inside each."""
    methods = [m for m in class_node.body if isinstance(m, ast.FunctionDef)]
    if len(methods) > 1:
        for method in methods:
            yield cut(lines, method.lineno, method.end_lineno)
    for method in methods:
        yield from block_cuts(lines, method.body)


def drive_cuts(lines, steps):
    """Chunks of DRIVE steps, halves first, then smaller chunks down to single steps (never the first
    `new`)."""
    count = len(steps)
    size = count // 2
    while size >= 1:
        for start in range(1, count, size):
            chunk = steps[start:start + size]
            if chunk:
                yield cut(lines, chunk[0].lineno, chunk[-1].end_lineno)
        size //= 2


def block_cuts(lines, body):
    for statement in body:
        if len(body) == 1:
            yield replace(lines, statement.lineno, statement.end_lineno, [indentation(lines, statement) + "pass\n"])
        else:
            yield cut(lines, statement.lineno, statement.end_lineno)
        yield from unwrap(lines, statement)
        yield from without_cause(lines, statement)
        for block in inner_blocks(statement):
            yield from block_cuts(lines, block)
        if isinstance(statement, ast.Try):
            yield from clause_cuts(lines, statement)


def inner_blocks(statement):
    blocks = []
    for name in ("body", "orelse", "finalbody"):
        block = getattr(statement, name, None)
        if block:
            blocks.append(block)
    for handler in getattr(statement, "handlers", []):
        blocks.append(handler.body)
    return blocks


def unwrap(lines, statement):
    """A compound statement replaced by its first block (a try by its body, a loop or if by its body)."""
    if not isinstance(statement, (ast.If, ast.While, ast.For, ast.Try)):
        return
    body = statement.body
    first, last = body[0].lineno, body[-1].end_lineno
    shift = body[0].col_offset - statement.col_offset
    kept = [line[shift:] if line.strip() else line for line in lines[first - 1:last]]
    yield replace(lines, statement.lineno, statement.end_lineno, kept)
    if isinstance(statement, ast.Try) and statement.finalbody:
        final = statement.finalbody
        kept += [line[shift:] if line.strip() else line for line in lines[final[0].lineno - 1:final[-1].end_lineno]]
        yield replace(lines, statement.lineno, statement.end_lineno, kept)


def without_cause(lines, statement):
    """`raise X from C` as `raise X`."""
    if isinstance(statement, ast.Raise) and statement.cause is not None and statement.lineno == statement.end_lineno:
        line = lines[statement.lineno - 1]
        kept = line.encode("utf-8")[:statement.exc.end_col_offset].decode("utf-8") + "\n"  # offsets count bytes
        yield replace(lines, statement.lineno, statement.lineno, [kept])


def clause_cuts(lines, statement):
    """Each except clause, the else clause and the finally clause of a try, removed."""
    for handler in statement.handlers:
        yield cut(lines, handler.lineno, handler.end_lineno)
    for block in (statement.orelse, statement.finalbody):
        if block:
            yield cut(lines, block[0].lineno - 1, block[-1].end_lineno)  # the `else:` / `finally:` line too


def indentation(lines, node):
    return lines[node.lineno - 1][:node.col_offset]


def cut(lines, first, last):
    return replace(lines, first, last, [])


def replace(lines, first, last, new_lines):
    return "".join(lines[:first - 1] + new_lines + lines[last:])


# ---- the scenario file ------------------------------------------------------------------------------

def guess_category(finding, source):
    """The corpus category the divergence most likely belongs to."""
    text = f"{finding.detail}\n{finding.diff}"
    first_step = finding.detail
    if "generator already executing" in text:
        return "reentrancy"
    if "unraisable" in text or " del " in first_step or " release " in first_step:
        return "finalization"
    if "generator raised StopIteration" in text:
        return "pep479"
    for step, category in (("close", "close"), ("throw", "throw"), ("send", "send")):
        if f" {step} " in first_step:
            return category
    if "yield from" in source:
        return "yield_from"
    if " emit " in first_step:
        return "exceptions_in_body" if "except" in source else "misc"
    return "misc"


def scenario_text(source, finding, origin):
    """`source` with a docstring saying what differs and where it came from."""
    module = ast.parse(source)
    docstring = module.body[0]
    summary = (f"Fuzzer finding ({finding.kind}, {finding.key}): {finding.detail}").replace('"""', "'''")
    summary = summary.replace("\\", "\\\\")
    lines = source.splitlines(keepends=True)
    new_doc = [f'"""{summary}\n', "\n", f"Minimised by conformance/fuzz from {origin}; rename it after the rule it shows.\n",
               '"""\n']
    text = "".join(lines[:docstring.lineno - 1] + new_doc + lines[docstring.end_lineno:])
    return re.sub(r"\n{4,}", "\n\n\n", text)  # cuts leave runs of blank lines: two at most
