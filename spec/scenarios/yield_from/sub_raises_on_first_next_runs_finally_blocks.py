"""A subgenerator that raises before its first yield propagates the exception through yield from on the very first next(), running its finally and then the delegator's (CPython: test_yield_from.TestPEP380Operation.test_raising_exception_in_initial_next_call)."""


def g2():
    try:
        emit("Starting g2")
        raise ValueError("spanish inquisition occurred")
    finally:
        emit("Finishing g2")
    yield "never"


def g1():
    try:
        emit("Starting g1")
        yield from g2()
    finally:
        emit("Finishing g1")


DRIVE = [
    ("new", "g", "g1"),
    ("next", "g"),
    ("state", "g"),
]
