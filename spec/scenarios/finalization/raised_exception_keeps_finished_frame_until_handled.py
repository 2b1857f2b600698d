"""A generator whose body ended by raising keeps its locals until that exception is released: a child it held is finalized when the catching handler ends, not when the body ended."""


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
        next(f)
    except ValueError:
        emit("handled")
    emit("after handler")
    yield "done"


DRIVE = [
    ("new", "g", "catcher"),
    ("next", "g"),
]
