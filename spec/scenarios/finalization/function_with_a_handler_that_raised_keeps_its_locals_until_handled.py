"""A plain function with an except clause of its own that ended by raising keeps its locals until that exception is released: a generator it held is finalized when the catching handler ends, not when the function raised."""


def child():
    try:
        yield "child started"
    finally:
        emit("child finally")


def failing(n):
    held = child()
    emit(next(held))
    try:
        n = n // 0
    except ZeroDivisionError:
        emit("handled in the function")
    raise ValueError("failing ended")


def catcher():
    try:
        failing(1)
    except ValueError as e:
        emit(e)
    emit("after handler")
    yield "done"


DRIVE = [
    ("new", "g", "catcher"),
    ("next", "g"),
]
