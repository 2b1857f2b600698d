"""Ints are Python ints: a sum, difference, product or augmented assignment that leaves the 64-bit range gives the exact value, in either direction (issue 12: 4611686018427387904 doubled is 9223372036854775808)."""


def crossing():
    x = 4611686018427387904
    x *= 2
    yield x
    yield 9223372036854775807 + 1
    yield -9223372036854775808 - 1
    yield -9223372036854775807 - 2 * 4611686018427387904
    yield 3037000500 * 3037000500
    y = 18446744073709551616
    y += y
    yield y
    yield y * y * y
    yield y - y * 2


DRIVE = [
    ("new", "g", "crossing"),
    ("drain", "g"),
]
