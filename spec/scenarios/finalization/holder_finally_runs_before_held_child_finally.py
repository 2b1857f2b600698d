"""Finalizing a generator that holds the only reference to another runs the holder's finally first, then the child's when the holder's frame is cleared."""


def child(name):
    try:
        yield name
    finally:
        emit(name + " finally")


def holder():
    c = child("child")
    emit(next(c))
    try:
        yield "holding"
    finally:
        emit("holder finally")


DRIVE = [
    ("new", "h", "holder"),
    ("next", "h"),
    ("del", "h"),
]
