"""An exception raised in a finally block while a generator is finalized is reported as unraisable, not propagated."""


def faulty():
    try:
        yield 1
    finally:
        emit("finally")
        raise KeyError("from finally")


DRIVE = [
    ("new", "g", "faulty"),
    ("next", "g"),
    ("del", "g"),
    ("new", "h", "faulty"),
    ("next", "h"),
]
