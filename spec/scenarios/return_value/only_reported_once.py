"""The return value is carried only by the first StopIteration; later next() calls on the exhausted generator report None."""


def give():
    yield 1
    return "value"


DRIVE = [
    ("new", "g", "give"),
    ("next", "g"),
    ("next", "g"),
    ("next", "g"),
    ("send", "g", None),
]
