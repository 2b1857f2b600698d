"""Throwing an exception instance into an exhausted generator raises that instance, with its args, in the caller."""


class Late(Exception): pass


def short():
    yield 1
    return 7


DRIVE = [
    ("new", "g", "short"),
    ("drain", "g"),
    ("throw", "g", "Late", "too late"),
    ("throw", "g", "Late", 3),
    ("state", "g"),
]
