"""A plain function that ended by raising keeps its locals until that exception is released: a generator it held is finalized when the catching handler ends, not when the function raised (found by the fuzzer, seed 1013277)."""


def child():
    try:
        yield "child started"
    finally:
        emit("child finally")


def failing():
    held = child()
    emit(next(held))
    raise ValueError("failing ended")


def catcher():
    try:
        failing()
    except ValueError:
        emit("handled")
    emit("after handler")
    yield "done"


DRIVE = [
    ("new", "g", "catcher"),
    ("next", "g"),
]
