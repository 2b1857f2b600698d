"""return inside finally also discards an exception thrown in with throw(), so throw() raises StopIteration with the value."""


def worker():
    try:
        yield 1
    finally:
        emit("finally")
        return "swallowed"


DRIVE = [
    ("new", "g", "worker"),
    ("next", "g"),
    ("throw", "g", "ValueError", "thrown"),
    ("state", "g"),
]
