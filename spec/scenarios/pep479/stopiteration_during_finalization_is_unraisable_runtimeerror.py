"""A StopIteration raised in finally while a generator is finalized is reported as an unraisable RuntimeError."""


def leaky():
    try:
        yield 1
    finally:
        emit("finally")
        raise StopIteration("late")


DRIVE = [
    ("new", "g", "leaky"),
    ("next", "g"),
    ("del", "g"),
]
