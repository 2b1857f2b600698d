"""An exception raised by the subgenerator while yield from forwards close() replaces GeneratorExit in the delegator, which can catch it and then yield, making close() fail."""


def inner():
    try:
        yield "inner"
    finally:
        raise ValueError("inner cleanup failed")


def outer():
    try:
        yield from inner()
    except ValueError as e:
        emit("outer caught")
        emit(e)
    yield "outer after close"


DRIVE = [
    ("new", "g", "outer"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
    ("next", "g"),
]
