"""A StopIteration thrown in with throw() and not caught by the body comes back out as RuntimeError."""


def plain():
    try:
        yield 1
    finally:
        emit("finally")
    yield 2


DRIVE = [
    ("new", "g", "plain"),
    ("next", "g"),
    ("throw", "g", "StopIteration", "thrown"),
    ("state", "g"),
]
