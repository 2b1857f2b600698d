"""An exception thrown into a suspended generator that does not catch it runs the finally blocks, propagates out of throw(), and closes the generator."""


def fragile():
    try:
        yield 1
        emit("not reached")
    finally:
        emit("finally")


DRIVE = [
    ("new", "g", "fragile"),
    ("next", "g"),
    ("throw", "g", "KeyError", "k"),
    ("state", "g"),
    ("next", "g"),
]
