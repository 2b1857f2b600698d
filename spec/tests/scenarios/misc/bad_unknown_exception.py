"""A throw step names a builtin exception class or one of the file's classes."""


class Known(Exception): pass


def body():
    yield 1


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("throw", "g", "Unknown", "boom"),
]
