"""A bare yield statement yields None to the caller of next()."""


def bare():
    yield
    yield 5
    yield


DRIVE = [
    ("new", "g", "bare"),
    ("next", "g"),
    ("next", "g"),
    ("next", "g"),
    ("next", "g"),
]
