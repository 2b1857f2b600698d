"""CPython computes an int of more than 4300 digits exactly, but its str() refuses it, so the oracle refuses to record it."""


def grower():
    x = 1
    for i in range(431):
        x *= 10000000000
    yield x


DRIVE = [
    ("new", "g", "grower"),
    ("next", "g"),
]
