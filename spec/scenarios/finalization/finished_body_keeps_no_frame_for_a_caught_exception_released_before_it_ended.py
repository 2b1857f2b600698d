"""An exception a body caught and kept past its handler, but released before the body ends, keeps nothing: the finished generator's locals are released when its body ends, as if the exception had never escaped."""


def child():
    try:
        yield "child started"
    finally:
        emit("child finally")


def catcher():
    c = child()
    emit(next(c))
    try:
        raise ValueError("caught")
    except ValueError as e:
        kept = e
    emit("handler left")
    kept = None
    emit("caught exception released")
    yield "last"
    emit("body ends")


DRIVE = [
    ("new", "g", "catcher"),
    ("next", "g"),
    ("next", "g"),
    ("state", "g"),
    ("del", "g"),
]
