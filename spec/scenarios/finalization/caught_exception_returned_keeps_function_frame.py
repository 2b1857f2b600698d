"""A plain function that returns an exception it caught keeps its locals until that exception is released: a generator it held is finalized then, not when the function returned."""


def child():
    try:
        yield "child started"
    finally:
        emit("child finally")


def catching():
    c = child()
    emit(next(c))
    try:
        raise ValueError("caught in a function")
    except ValueError as e:
        return e


def caller():
    kept = catching()
    emit("function returned")
    kept = None
    emit("released")
    yield "done"


DRIVE = [
    ("new", "g", "caller"),
    ("next", "g"),
]
