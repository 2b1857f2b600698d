"""A generator advanced partly by another frame resumes where that frame left it when the driver calls next()."""


def letters():
    yield "a"
    yield "b"
    yield "c"
    yield "d"


def skip_two(g):
    next(g)
    next(g)
    yield "skipped"


DRIVE = [
    ("new", "src", "letters"),
    ("next", "src"),
    ("new", "s", "skip_two", "@src"),
    ("next", "s"),
    ("next", "src"),
    ("next", "src"),
]
