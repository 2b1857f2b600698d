"""A generator finalized while it ignores GeneratorExit by delegating again is freed with its subgenerator, which is finalized after the unraisable RuntimeError."""


def child():
    try:
        yield "child"
    finally:
        emit("child finalized")


def stubborn():
    try:
        yield "working"
    except GeneratorExit:
        emit("ignoring GeneratorExit")
    yield from child()


DRIVE = [
    ("new", "g", "stubborn"),
    ("next", "g"),
    ("del", "g"),
]
