"""A generator suspended in yield from over a range iterator runs its finally block when it is finalized."""


def holder():
    try:
        yield from range(100)
    finally:
        emit("finally")


DRIVE = [
    ("new", "g", "holder"),
    ("next", "g"),
    ("del", "g"),
    ("new", "h", "holder"),
    ("next", "h"),
]
