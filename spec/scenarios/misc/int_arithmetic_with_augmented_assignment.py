"""Augmented assignments +=, -= and *= on ints in a generator body compute the same as their binary forms."""


def arith():
    x = 3
    x *= -4
    yield x
    x -= 5
    yield x
    x += 20
    yield x
    yield x * x - 2 * x + 1
    yield 2 - 3 - 4


DRIVE = [
    ("new", "g", "arith"),
    ("drain", "g"),
]
