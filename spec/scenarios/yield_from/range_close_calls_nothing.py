"""close() of a generator delegating to a range iterator, which has no close method, raises GeneratorExit at the yield from and nothing else (CPython: test_yield_from.TestPEP380Operation.test_delegation_of_close_to_non_generator)."""


def guarded():
    try:
        emit("starting")
        yield from range(3)
        emit("not reached")
    finally:
        emit("finishing")


def catcher():
    try:
        yield from range(5)
    except GeneratorExit:
        emit("exit at the yield from")
        raise


DRIVE = [
    ("new", "g", "guarded"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
    ("new", "c", "catcher"),
    ("next", "c"),
    ("next", "c"),
    ("close", "c"),
    ("close", "c"),
]
