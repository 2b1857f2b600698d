"""yield from () yields nothing: the delegator goes on at once with None as the result (CPython: test_yield_from.TestPEP380Operation.test_yield_from_empty)."""


def empty():
    yield from ()


def after_empty():
    r = yield from ()
    emit(r)
    yield "after"


DRIVE = [
    ("new", "g", "empty"),
    ("next", "g"),
    ("state", "g"),
    ("new", "a", "after_empty"),
    ("drain", "a"),
]
