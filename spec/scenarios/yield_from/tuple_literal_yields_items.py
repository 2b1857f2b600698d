"""yield from a tuple yields its items in order, whatever their kind, then gives None as the result."""


def inner():
    yield "inner"


def items(x):
    r = yield from (x, "two", None, True, (3, 4), inner())
    yield r


DRIVE = [
    ("new", "g", "items", 1),
    ("drain", "g"),
]
