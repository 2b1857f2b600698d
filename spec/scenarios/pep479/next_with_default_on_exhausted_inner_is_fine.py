"""next(it, default) on an exhausted inner generator returns the default, so no StopIteration escapes the outer body."""


def inner():
    yield "only"


def outer():
    it = inner()
    yield next(it, "none")
    yield next(it, "none")
    yield next(it, "none")


DRIVE = [
    ("new", "g", "outer"),
    ("drain", "g"),
]
