"""A generator finalized while it ignores GeneratorExit, its frame holding the exception it caught (bound with as), is never cleared: the exception's traceback and the frame form a cycle, so what the frame holds is not released."""


def child():
    try:
        yield "child"
    finally:
        emit("child finalized")


def stubborn(c):
    emit(next(c))
    try:
        yield "working"
    except GeneratorExit as e:
        emit("ignoring GeneratorExit")
        yield "still working"


DRIVE = [
    ("new", "c", "child"),
    ("new", "g", "stubborn", "@c"),
    ("del", "c"),
    ("next", "g"),
    ("del", "g"),
]
