"""Dropping the last reference to a suspended generator runs its pending finally block."""


def guarded():
    try:
        emit("start")
        yield 1
        emit("not reached")
    finally:
        emit("finally")


DRIVE = [
    ("new", "g", "guarded"),
    ("next", "g"),
    ("del", "g"),
]
