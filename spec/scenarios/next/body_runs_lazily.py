"""Calling a generator function runs none of its body; the first next() runs it up to the first yield."""


def lazy():
    emit("body started")
    yield 1
    emit("after first yield")
    yield 2


DRIVE = [
    ("new", "g", "lazy"),
    ("state", "g"),
    ("next", "g"),
    ("next", "g"),
]
