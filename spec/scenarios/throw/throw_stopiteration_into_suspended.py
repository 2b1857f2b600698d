"""StopIteration thrown into a suspended generator that does not catch it is replaced by RuntimeError("generator raised StopIteration") (PEP 479)."""


def body():
    try:
        yield 1
    finally:
        emit("finally")


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("throw", "g", "StopIteration", "x"),
    ("state", "g"),
]
