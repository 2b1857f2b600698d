"""Once a generator has returned, every further next() raises StopIteration with value None."""


def one():
    yield 1
    emit("returning")


DRIVE = [
    ("new", "g", "one"),
    ("next", "g"),
    ("next", "g"),
    ("next", "g"),
    ("next", "g"),
    ("state", "g"),
]
