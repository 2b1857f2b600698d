"""A generator finalized while it ignores GeneratorExit, whose frame holds an exception it never caught (the cause of one it caught, created after another it caught was released), is freed with its frame: only an exception it caught itself ties its frame to a traceback."""


def child():
    try:
        yield "child"
    finally:
        emit("child finalized")


def stubborn():
    c = child()
    emit(next(c))
    try:
        raise KeyError("caught and released")
    except KeyError:
        emit("first caught")
    try:
        raise KeyError from IndexError("never raised")
    except KeyError as caught:
        cause = caught.__cause__
    try:
        yield cause
    except GeneratorExit:
        emit("ignoring GeneratorExit")
        yield "still working"


DRIVE = [
    ("new", "g", "stubborn"),
    ("next", "g"),
    ("del", "g"),
]
