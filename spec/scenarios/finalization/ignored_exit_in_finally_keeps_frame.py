"""A generator finalized while it ignores GeneratorExit by yielding in a finally block, where its frame holds the propagating exception, is never cleared: what the frame holds is not released."""


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
    finally:
        emit("finally runs")
        yield "still working"


DRIVE = [
    ("new", "g", "stubborn"),
    ("next", "g"),
    ("del", "g"),
]
