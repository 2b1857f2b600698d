"""A generator that falls off the end of its body, or uses a bare return, returns None."""


def falls_off():
    yield 1


def bare_return(stop):
    yield 1
    if stop:
        return
    yield 2


DRIVE = [
    ("new", "a", "falls_off"),
    ("drain", "a"),
    ("new", "b", "bare_return", True),
    ("drain", "b"),
]
