"""Closing an exhausted generator does nothing and returns None, even if the generator had returned a value."""


def body():
    try:
        yield 1
    finally:
        emit("finally")
    return "result"


DRIVE = [
    ("new", "g", "body"),
    ("drain", "g"),
    ("close", "g"),
    ("state", "g"),
]
