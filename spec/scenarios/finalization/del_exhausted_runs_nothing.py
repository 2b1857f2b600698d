"""Dropping an exhausted generator runs nothing: its finally already ran when it finished."""


def guarded():
    try:
        yield 1
    finally:
        emit("finally")


DRIVE = [
    ("new", "g", "guarded"),
    ("drain", "g"),
    ("state", "g"),
    ("del", "g"),
]
