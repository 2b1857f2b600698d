"""A subgenerator's return value becomes the value of yield from, and the delegator can return it onward through its own StopIteration."""


def inner():
    yield "inner"
    return "from inner"


def middle():
    r = yield from inner()
    emit(r)
    return r + " via middle"


def top():
    r = yield from middle()
    return r + " via top"


DRIVE = [
    ("new", "g", "top"),
    ("next", "g"),
    ("next", "g"),
]
