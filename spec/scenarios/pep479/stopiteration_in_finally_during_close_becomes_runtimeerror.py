"""A StopIteration raised in a finally block run by close() becomes RuntimeError, which close() raises."""


def leaky():
    try:
        yield 1
    finally:
        emit("finally")
        raise StopIteration


DRIVE = [
    ("new", "g", "leaky"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
]
