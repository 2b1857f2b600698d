"""Dropping the driver's reference to a generator that another generator still holds does not finalize it."""


def child():
    try:
        yield "c1"
        yield "c2"
    finally:
        emit("child finally")


def holder(c):
    emit(next(c))
    yield "holding"
    emit(next(c))
    yield "still holding"


DRIVE = [
    ("new", "c", "child"),
    ("new", "h", "holder", "@c"),
    ("next", "h"),
    ("del", "c"),
    ("next", "h"),
    ("del", "h"),
]
