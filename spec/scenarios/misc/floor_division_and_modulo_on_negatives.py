"""Integer // rounds toward negative infinity and % takes the sign of the divisor, as in Python."""


def arith():
    yield 7 // 2
    yield -7 // 2
    yield 7 // -2
    yield -7 // -2
    yield 7 % 3
    yield -7 % 3
    yield 7 % -3
    yield -7 % -3
    yield -6 // 3
    yield -6 % 3


DRIVE = [
    ("new", "g", "arith"),
    ("drain", "g"),
]
