"""A bare raise inside an except block re-raises the caught exception unchanged, out of the generator."""


def worker():
    try:
        yield 1
        raise KeyError("again")
    except KeyError:
        emit("handler")
        raise


DRIVE = [
    ("new", "g", "worker"),
    ("next", "g"),
    ("next", "g"),
]
