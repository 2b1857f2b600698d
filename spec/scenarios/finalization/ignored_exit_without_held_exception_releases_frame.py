"""A generator finalized while it ignores GeneratorExit in an except clause without as (the caught exception is kept by the generator, not its frame) is freed with its frame: what the frame holds is released after the unraisable RuntimeError."""


def child():
    try:
        yield "child"
    finally:
        emit("child finalized")


def stubborn():
    c = child()
    emit(next(c))
    try:
        yield "working"
    except GeneratorExit:
        emit("ignoring GeneratorExit")
        yield "still working"


DRIVE = [
    ("new", "g", "stubborn"),
    ("next", "g"),
    ("del", "g"),
]
