"""A value sent through yield from to a subgenerator paused at a yield statement is discarded by the subgenerator, not seen by the delegator."""


def inner():
    yield "inner 1"
    yield "inner 2"


def outer():
    x = yield from inner()
    emit(x)
    y = yield "outer"
    emit(y)


DRIVE = [
    ("new", "g", "outer"),
    ("next", "g"),
    ("send", "g", "dropped"),
    ("send", "g", "also dropped"),
    ("send", "g", "kept"),
]
