"""A generator that ignores GeneratorExit by yielding is GEN_SUSPENDED after the failed close()."""


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        emit("ignored")
    yield 2
    emit("resumed after ignoring")


DRIVE = [
    ("new", "g", "stubborn"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
    ("next", "g"),
    ("state", "g"),
]
