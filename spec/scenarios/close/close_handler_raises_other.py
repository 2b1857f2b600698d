"""An exception other than GeneratorExit or StopIteration raised while closing propagates out of close()."""


class CleanupFailed(Exception): pass


def body():
    try:
        yield 1
    finally:
        emit("finally")
        raise CleanupFailed("disk gone")


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
    ("close", "g"),
]
