"""A for loop inside a generator stops quietly on an inner generator's StopIteration; only explicit next() leaks it."""


def inner():
    yield "a"


def outer():
    it = inner()
    for x in it:
        yield x
    for x in it:
        emit("never")
    yield "loops done"


DRIVE = [
    ("new", "g", "outer"),
    ("drain", "g"),
]
