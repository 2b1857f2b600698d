"""yield from passes every value the subgenerator yields straight through to the caller of next()."""


def inner():
    yield "i1"
    yield "i2"


def outer():
    yield "o1"
    yield from inner()
    yield "o2"


DRIVE = [
    ("new", "g", "outer"),
    ("drain", "g"),
]
