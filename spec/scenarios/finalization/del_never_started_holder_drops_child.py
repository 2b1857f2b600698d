"""Dropping a never-started generator runs none of its body but releases its arguments, which finalizes a child held only there."""


def child():
    try:
        yield "c"
    finally:
        emit("child finally")


def holder(c):
    try:
        emit("holder body")
        yield next(c)
    finally:
        emit("holder finally")


DRIVE = [
    ("new", "c", "child"),
    ("next", "c"),
    ("new", "h", "holder", "@c"),
    ("del", "c"),
    ("state", "h"),
    ("del", "h"),
]
