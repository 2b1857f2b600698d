"""return in a generator ends it normally with StopIteration carrying the value; PEP 479 only converts a raised StopIteration."""


def finisher():
    yield 1
    return "value"


DRIVE = [
    ("new", "g", "finisher"),
    ("next", "g"),
    ("next", "g"),
    ("state", "g"),
]
