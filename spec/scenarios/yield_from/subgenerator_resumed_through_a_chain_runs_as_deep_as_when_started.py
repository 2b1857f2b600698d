"""A subgenerator resumed through a chain of yield from runs exactly as many frames deep as when the chain started it: every delegator counts one frame, so its recursion headroom is the same on every resume."""


def headroom(n):
    try:
        return headroom(n + 1)
    except RecursionError:
        return n


def leaf():
    first = headroom(0)
    yield "started"
    yield headroom(0) - first
    yield headroom(0) - first


def middle():
    yield from leaf()


def top():
    yield from middle()


DRIVE = [
    ("new", "g", "top"),
    ("next", "g"),
    ("next", "g"),
    ("next", "g"),
    ("new", "m", "middle"),
    ("next", "m"),
    ("next", "m"),
]
