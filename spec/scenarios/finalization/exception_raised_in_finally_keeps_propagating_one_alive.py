"""An exception raised in a finally block while another propagates keeps the propagating one as its context, so the frames that one passed through live until the new one is released."""


def child():
    try:
        yield "child started"
    finally:
        emit("child finally")


def failing():
    c = child()
    emit(next(c))
    yield "failing suspended"
    raise ValueError("failing ended")


def catcher():
    f = failing()
    emit(next(f))
    try:
        try:
            next(f)
        finally:
            emit("finally")
            raise KeyError("from finally")
    except KeyError as e:
        emit("handled")
    emit("after handler")
    yield "done"


DRIVE = [
    ("new", "g", "catcher"),
    ("next", "g"),
]
