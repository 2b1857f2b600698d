"""A None yielded by g is returned by next(g, default) as None; the default appears only after g ends."""


def nones():
    yield None
    yield
    return "end"


def caller():
    it = nones()
    yield next(it, "default")
    yield next(it, "default")
    yield next(it, "default")


DRIVE = [
    ("new", "g", "caller"),
    ("drain", "g"),
]
