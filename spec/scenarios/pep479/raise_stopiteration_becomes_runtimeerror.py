"""A StopIteration raised in a generator body is replaced by RuntimeError "generator raised StopIteration"."""


def leaky():
    yield 1
    emit("raising StopIteration")
    raise StopIteration
    yield 2


DRIVE = [
    ("new", "g", "leaky"),
    ("next", "g"),
    ("next", "g"),
    ("state", "g"),
    ("next", "g"),
]
