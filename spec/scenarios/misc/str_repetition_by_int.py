"""A str times an int (either order) repeats it, and a count of zero or less gives the empty string."""


def repeats():
    yield "ab" * 3
    yield 2 * "xy"
    yield "ab" * 1
    yield "ab" * 0
    yield "ab" * -2
    yield "" * 4


DRIVE = [
    ("new", "g", "repeats"),
    ("drain", "g"),
]
