"""The first next() on a delegator runs its body up to yield from, then the subgenerator up to its first yield; the next resumption finishes the subgenerator before the delegator goes on (CPython: test_yield_from.TestPEP380Operation.test_delegation_of_initial_next_to_subgenerator)."""


def g2():
    emit("Starting g2")
    yield 42
    emit("Finishing g2")


def g1():
    emit("Starting g1")
    yield from g2()
    emit("Finishing g1")


def loop():
    for x in g1():
        emit(x)
    yield "loop done"


DRIVE = [
    ("new", "g", "g1"),
    ("next", "g"),
    ("next", "g"),
    ("new", "l", "loop"),
    ("drain", "l"),
]
