"""A plain function recursing without end raises RecursionError at the recursion limit instead of crashing; the generator calling it finishes with it."""


def forever(n):
    return forever(n + 1)


def runner():
    yield "started"
    yield forever(0)


DRIVE = [
    ("new", "g", "runner"),
    ("next", "g"),
    ("next", "g"),
    ("state", "g"),
]
