"""A generator whose body ended while an exception it caught is still referenced elsewhere keeps its locals until that exception is released: a child it held is finalized then, not when the body ended."""


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
        yield e
    emit("catcher ends")


def holder():
    g = catcher()
    kept = next(g)
    emit(next(g, "catcher ended"))
    emit("releasing the exception")
    kept = None
    emit("released")
    yield "done"


DRIVE = [
    ("new", "h", "holder"),
    ("next", "h"),
]
