"""A generator is GEN_CREATED before its first next(), GEN_SUSPENDED at each yield, and GEN_CLOSED once it has returned."""


def two():
    yield 1
    yield 2


DRIVE = [
    ("new", "g", "two"),
    ("state", "g"),
    ("next", "g"),
    ("state", "g"),
    ("next", "g"),
    ("state", "g"),
    ("next", "g"),
    ("state", "g"),
    ("next", "g"),
    ("state", "g"),
]
