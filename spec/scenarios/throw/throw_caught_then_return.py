"""If the generator catches a thrown exception and returns, throw() raises StopIteration carrying the return value."""


def stopper():
    try:
        yield 1
    except ValueError:
        emit("stopping")
        return "stopped"
    yield 2


DRIVE = [
    ("new", "g", "stopper"),
    ("next", "g"),
    ("throw", "g", "ValueError"),
    ("state", "g"),
]
