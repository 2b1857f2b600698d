"""A subclass of StopIteration raised in a generator body is also replaced by RuntimeError."""


class Done(StopIteration):
    pass


def leaky():
    yield 1
    raise Done("subclass")


DRIVE = [
    ("new", "g", "leaky"),
    ("next", "g"),
    ("next", "g"),
]
