"""next() of an exhausted inner generator inside an outer body raises StopIteration there, which leaves the outer as RuntimeError."""


def inner():
    yield "only"


def outer():
    it = inner()
    yield next(it)
    emit("asking for more")
    yield next(it)
    emit("not reached")


DRIVE = [
    ("new", "g", "outer"),
    ("next", "g"),
    ("next", "g"),
    ("state", "g"),
]
