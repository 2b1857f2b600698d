"""A generator that yields from its finally block while being finalized causes an unraisable RuntimeError "generator ignored GeneratorExit"."""


def stubborn():
    try:
        yield 1
    finally:
        emit("finally before yield")
        yield 2
        emit("not reached")


DRIVE = [
    ("new", "g", "stubborn"),
    ("next", "g"),
    ("del", "g"),
    ("new", "h", "stubborn"),
]
