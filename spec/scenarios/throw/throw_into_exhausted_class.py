"""Throwing an exception class into an exhausted generator raises it immediately in the caller."""


def short():
    try:
        yield 1
    except ValueError:
        emit("never")


DRIVE = [
    ("new", "g", "short"),
    ("drain", "g"),
    ("throw", "g", "ValueError"),
    ("state", "g"),
]
