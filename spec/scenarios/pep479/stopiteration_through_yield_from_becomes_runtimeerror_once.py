"""A subgenerator that raises StopIteration fails with RuntimeError, which passes through the delegator unchanged."""


def inner():
    yield "inner"
    raise StopIteration("leak")


def outer():
    try:
        yield from inner()
    except RuntimeError as e:
        emit(e)
        raise
    yield "not reached"


DRIVE = [
    ("new", "g", "outer"),
    ("next", "g"),
    ("next", "g"),
]
