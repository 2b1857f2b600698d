"""An exception escaping the body propagates out of next() and leaves the generator closed, so the next next() raises StopIteration."""


def fails():
    yield 1
    raise ValueError("broken")
    yield 2


DRIVE = [
    ("new", "g", "fails"),
    ("next", "g"),
    ("next", "g"),
    ("state", "g"),
    ("next", "g"),
]
