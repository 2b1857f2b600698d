"""An exception raised while the subgenerator evaluates its first yield's operand propagates out of the delegator's first next(), skipping the rest of the delegator (CPython: test_yield_from.TestPEP380Operation.test_exception_in_initial_next_call)."""


def divide(a, b):
    return a // b


def g2():
    yield divide(1, 0)


def g1():
    emit("g1 about to yield from g2")
    yield from g2()
    emit("g1 should not be here")


DRIVE = [
    ("new", "g", "g1"),
    ("next", "g"),
    ("next", "g"),
]
