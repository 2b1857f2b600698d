"""A return in finally overrides the value of a return in the try block."""


def worker():
    try:
        yield 1
        return "from try"
    finally:
        emit("finally")
        return "from finally"


DRIVE = [
    ("new", "g", "worker"),
    ("drain", "g"),
]
