"""and/or and a conditional expression evaluate only the operands they need, so a skipped next() does not advance the generator."""


def letters():
    yield "a"
    yield "b"
    yield "c"


def picker(it):
    flag = False
    yield flag and next(it)
    yield True or next(it)
    yield next(it) if flag else "skipped"
    yield next(it) if not flag else "skipped"
    yield None or next(it)


DRIVE = [
    ("new", "l", "letters"),
    ("new", "g", "picker", "@l"),
    ("drain", "g"),
    ("next", "l"),
]
