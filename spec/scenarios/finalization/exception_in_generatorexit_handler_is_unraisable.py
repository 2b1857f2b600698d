"""An exception raised by an except GeneratorExit handler during finalization is unraisable with its own type and args."""


class CleanupError(Exception):
    pass


def faulty():
    try:
        yield 1
    except GeneratorExit:
        emit("handler")
        raise CleanupError("cleanup failed")


DRIVE = [
    ("new", "g", "faulty"),
    ("next", "g"),
    ("del", "g"),
]
