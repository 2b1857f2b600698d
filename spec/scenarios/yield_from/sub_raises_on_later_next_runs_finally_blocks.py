"""A subgenerator that raises after yielding propagates the exception through yield from, running its finally and then the delegator's, and the delegator's later yields are never reached (CPython: test_yield_from.TestPEP380Operation.test_raising_exception_in_delegated_next_call)."""


def g2():
    try:
        emit("Starting g2")
        yield "g2 spam"
        raise ValueError("hovercraft is full of eels")
        yield "g2 more spam"
    finally:
        emit("Finishing g2")


def g1():
    try:
        emit("Starting g1")
        yield "g1 ham"
        yield from g2()
        yield "g1 eggs"
    finally:
        emit("Finishing g1")


DRIVE = [
    ("new", "g", "g1"),
    ("drain", "g"),
]
