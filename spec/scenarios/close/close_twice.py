"""A second close() on an already closed generator is a no-op that runs nothing."""


def body():
    try:
        yield 1
    finally:
        emit("finally")


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("close", "g"),
    ("close", "g"),
    ("state", "g"),
]
