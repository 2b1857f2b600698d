"""Finalizing a generator suspended in yield from closes the subgenerator first, then runs the delegator's finally."""


def inner():
    try:
        yield "inner"
    finally:
        emit("inner finally")


def outer():
    try:
        yield from inner()
    finally:
        emit("outer finally")


DRIVE = [
    ("new", "g", "outer"),
    ("next", "g"),
    ("del", "g"),
]
