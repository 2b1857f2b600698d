"""Every comparison operator orders ints beyond 64 bits exactly against small ints, bools and each other, on both sides of zero."""


def compare(a, b):
    return (a == b, a != b, a < b, a <= b, a > b, a >= b)


def comparisons():
    big = 18446744073709551616
    yield compare(big, 5)
    yield compare(5, big)
    yield compare(-big, 5)
    yield compare(5, -big)
    yield compare(big, True)
    yield compare(False, -big)
    yield compare(big, big + 1)
    yield compare(big + 1, big)
    yield compare(-big, -big - 1)
    yield compare(big, 2 * 9223372036854775808)
    yield compare(big, -big)
    yield (big - big) == 0 and big // big == 1 and big == big


DRIVE = [
    ("new", "g", "comparisons"),
    ("drain", "g"),
]
