"""A StopIteration raised from inside an except block of a generator also becomes RuntimeError."""


def leaky():
    try:
        yield 1
        raise KeyError("k")
    except KeyError:
        emit("handler raises StopIteration")
        raise StopIteration


DRIVE = [
    ("new", "g", "leaky"),
    ("next", "g"),
    ("next", "g"),
    ("state", "g"),
]
