"""Comparison operators on ints and strs produce True or False values that can be yielded."""


def compare(a, b):
    yield a == b
    yield a != b
    yield a < b
    yield a <= b
    yield a > b
    yield a >= b


DRIVE = [
    ("new", "g", "compare", -2, 3),
    ("drain", "g"),
    ("new", "h", "compare", "ab", "ab"),
    ("drain", "h"),
]
