"""When the subgenerator's finally raises while yield from forwards close(), that exception replaces GeneratorExit, runs the delegator's finally and propagates out of close() (CPython: test_yield_from.TestPEP380Operation.test_handing_exception_while_delegating_close)."""


def g2():
    try:
        emit("Starting g2")
        yield "g2 spam"
        yield "g2 more spam"
    finally:
        emit("Finishing g2")
        raise ValueError("nybbles have exploded with delight")


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
    ("next", "g"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
]
