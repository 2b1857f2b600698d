"""Resuming with next() makes the suspended yield expression evaluate to None."""


def receiver():
    x = yield 1
    emit(x is None)
    x = yield 2
    emit(x)


DRIVE = [
    ("new", "g", "receiver"),
    ("next", "g"),
    ("next", "g"),
    ("next", "g"),
]
