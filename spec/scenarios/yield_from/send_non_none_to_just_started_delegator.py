"""A just-started delegating generator rejects send() of a non-None value with TypeError before reaching its yield from."""


def inner():
    x = yield "inner"
    yield x


def outer():
    emit("outer starts")
    yield from inner()


DRIVE = [
    ("new", "g", "outer"),
    ("send", "g", 1),
    ("state", "g"),
    ("next", "g"),
    ("send", "g", 2),
]
