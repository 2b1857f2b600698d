"""A StopIteration carrying a value raised in a generator body becomes RuntimeError; the value is not returned."""


def leaky():
    yield 1
    raise StopIteration("payload")


DRIVE = [
    ("new", "g", "leaky"),
    ("drain", "g"),
]
