"""An exception thrown into a just-created generator passes through its frame, so the arguments in that frame live until the exception is released: a generator passed as an argument is finalized when the catching handler ends."""


def child():
    try:
        yield "child started"
    finally:
        emit("child finally")


def started_child():
    c = child()
    emit(next(c))
    return c


def holder(held):
    yield held


def catcher():
    h = holder(started_child())
    try:
        h.throw(ValueError("thrown"))
    except ValueError:
        emit("handled")
    emit("after handler")
    yield "done"


DRIVE = [
    ("new", "g", "catcher"),
    ("next", "g"),
]
