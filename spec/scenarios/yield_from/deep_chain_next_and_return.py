"""A yield-from chain 60 generators deep passes the innermost yields out and returns the innermost value plus one per level."""


def chain(depth):
    if depth == 0:
        yield "bottom 1"
        yield "bottom 2"
        return 0
    r = yield from chain(depth - 1)
    return r + 1


DRIVE = [
    ("new", "g", "chain", 60),
    ("drain", "g"),
]
