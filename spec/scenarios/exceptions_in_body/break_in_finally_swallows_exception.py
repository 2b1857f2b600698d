"""break inside a finally block discards the exception that was propagating and leaves the loop normally."""


def worker():
    while True:
        try:
            yield 1
            raise KeyError("lost")
        finally:
            emit("finally")
            break
    yield "after loop"


DRIVE = [
    ("new", "g", "worker"),
    ("drain", "g"),
]
