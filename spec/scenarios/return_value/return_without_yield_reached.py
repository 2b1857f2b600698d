"""A generator that returns before reaching any yield reports the value on its very first next()."""


def early(n):
    if n > 0:
        return n * 10
    yield "unreachable for positive n"


DRIVE = [
    ("new", "g", "early", 4),
    ("next", "g"),
    ("state", "g"),
    ("new", "h", "early", 0),
    ("drain", "h"),
]
