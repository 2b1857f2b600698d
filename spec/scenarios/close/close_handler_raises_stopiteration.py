"""A StopIteration raised while handling close() is turned into RuntimeError("generator raised StopIteration") (PEP 479), which close() propagates."""


def body():
    try:
        yield 1
    except GeneratorExit:
        emit("raising StopIteration")
        raise StopIteration("x")


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
]
