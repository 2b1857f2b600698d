"""An exception raised while another is being handled keeps the handled one as its context, so the frames the handled one passed through live until the new one is released."""


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


def translating(f):
    try:
        next(f)
    except ValueError:
        raise KeyError("translated")


def catcher():
    f = failing()
    emit(next(f))
    try:
        translating(f)
    except KeyError:
        emit("handled")
    emit("after handler")
    yield "done"


DRIVE = [
    ("new", "g", "catcher"),
    ("next", "g"),
]
