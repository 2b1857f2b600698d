"""Every plain function an exception left keeps its locals until the exception is released, and they are released innermost function first."""


def child(label):
    try:
        yield label
    finally:
        emit(label + " finally")


def inner():
    held = child("inner child")
    emit(next(held))
    raise KeyError("inner")


def outer():
    held = child("outer child")
    emit(next(held))
    inner()
    emit("not reached")


def body():
    try:
        outer()
    except KeyError:
        emit("handled")
    yield "after handler"


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("new", "h", "outer"),
]
