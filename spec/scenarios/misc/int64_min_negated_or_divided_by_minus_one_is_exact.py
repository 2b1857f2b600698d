"""The one 64-bit quotient that does not fit is exact: -(-9223372036854775808) and -9223372036854775808 // -1 are 9223372036854775808, % -1 is 0, and negating that result gives -9223372036854775808 back."""


def int64_min():
    m = -9223372036854775807 - 1
    yield -m
    yield m // -1
    yield m % -1
    yield -(-m)
    yield -m == m // -1
    yield -True


DRIVE = [
    ("new", "g", "int64_min"),
    ("drain", "g"),
]
