"""Code after the last yield runs only when next() is called again, and then next() raises StopIteration."""


def tail():
    try:
        yield 1
        emit("after last yield")
    finally:
        emit("finally")
    emit("end of body")


DRIVE = [
    ("new", "g", "tail"),
    ("next", "g"),
    ("state", "g"),
    ("next", "g"),
    ("state", "g"),
]
