"""Throwing into a generator closed by close() re-raises the thrown exception without running the body."""


def body():
    try:
        yield 1
    except KeyError:
        emit("never")
        yield 2


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("close", "g"),
    ("throw", "g", "KeyError", "k"),
    ("state", "g"),
]
