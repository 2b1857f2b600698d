"""A GeneratorExit handler that re-raises lets close() complete normally, returning None."""


def body():
    try:
        yield 1
    except GeneratorExit:
        emit("cleaning up")
        raise


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
]
