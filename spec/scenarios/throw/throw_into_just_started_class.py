"""Throwing an exception class into a just-started generator raises it at once without running any of the body, and closes the generator."""


def guarded():
    emit("body runs")
    try:
        yield 1
    except ValueError:
        emit("caught")
        yield 2
    finally:
        emit("finally")


DRIVE = [
    ("new", "g", "guarded"),
    ("throw", "g", "ValueError"),
    ("state", "g"),
    ("next", "g"),
]
