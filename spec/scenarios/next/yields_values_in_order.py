"""Each next() resumes the body and returns the value of the next yield, in program order."""


def three():
    yield 1
    yield 2
    yield 3


DRIVE = [
    ("new", "g", "three"),
    ("next", "g"),
    ("next", "g"),
    ("next", "g"),
    ("next", "g"),
]
