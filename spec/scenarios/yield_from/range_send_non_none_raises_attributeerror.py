"""Sending a value other than None through yield from to an iterator without a send method raises AttributeError at the yield from, where the delegator can handle it (CPython: test_yield_from.TestPEP380Operation.test_attempting_to_send_to_non_generator)."""


def guarded():
    try:
        emit("starting")
        yield from range(3)
        emit("not reached")
    finally:
        emit("finishing")


def recovering():
    try:
        yield from range(3)
    except AttributeError as e:
        emit(e.args[0])
    yield "recovered"


DRIVE = [
    ("new", "g", "guarded"),
    ("next", "g"),
    ("send", "g", 42),
    ("state", "g"),
    ("new", "r", "recovering"),
    ("next", "r"),
    ("send", "r", "x"),
    ("next", "r"),
]
