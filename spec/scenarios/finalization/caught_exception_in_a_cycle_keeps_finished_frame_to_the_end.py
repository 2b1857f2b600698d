"""A generator whose body ended while an exception it caught is the __context__ of one a child it holds is suspended handling keeps its locals in a reference cycle: the child is not finalized when the body ends, nor when the driver releases it."""


def child():
    try:
        raise RuntimeError("child failed")
    except RuntimeError as e:
        try:
            yield "child suspended in its handler"
        finally:
            emit("child finally")


def parent():
    try:
        raise ValueError("handled by parent")
    except ValueError:
        sub = child()
        emit(next(sub))
    yield "parent suspended"


DRIVE = [
    ("new", "p", "parent"),
    ("drain", "p"),
    ("del", "p"),
]
