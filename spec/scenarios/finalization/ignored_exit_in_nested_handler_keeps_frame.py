"""A generator finalized while it ignores GeneratorExit in a handler nested in another handler, where its frame keeps the outer handled exception, is never cleared: what the frame holds is not released."""


def child():
    try:
        yield "child"
    finally:
        emit("child finalized")


def stubborn():
    c = child()
    emit(next(c))
    try:
        raise ValueError("outer")
    except ValueError:
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
