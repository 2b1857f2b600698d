"""next(g, default) returns the default once g is exhausted, and keeps returning it on every later call."""


def one():
    yield "only"


def caller():
    it = one()
    yield next(it, "default")
    yield next(it, "default")
    yield next(it, "default")
    yield next(it, None)


DRIVE = [
    ("new", "g", "caller"),
    ("drain", "g"),
]
