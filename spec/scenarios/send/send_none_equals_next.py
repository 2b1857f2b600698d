"""send(None) and next() are interchangeable at every resumption point."""


def tracker():
    a = yield 1
    emit(a)
    b = yield 2
    emit(b)
    c = yield 3
    emit(c)


DRIVE = [
    ("new", "g", "tracker"),
    ("next", "g"),
    ("send", "g", None),
    ("next", "g"),
    ("send", "g", None),
]
