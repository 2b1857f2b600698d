"""An exception thrown in by the driver and escaping the generator is released in the same step, with the frames and the generator it references."""


def child():
    try:
        yield "child"
    finally:
        emit("child finally")


def parent():
    c = child()
    emit(next(c))
    yield "parent"


DRIVE = [
    ("new", "g", "parent"),
    ("next", "g"),
    ("throw", "g", "ValueError", "boom"),
    ("state", "g"),
]
