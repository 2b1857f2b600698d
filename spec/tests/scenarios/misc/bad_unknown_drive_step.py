"""A DRIVE step must be one of the known operations."""


def body():
    yield 1


DRIVE = [
    ("new", "g", "body"),
    ("rewind", "g"),
]
