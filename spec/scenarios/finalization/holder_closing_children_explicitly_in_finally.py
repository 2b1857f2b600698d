"""A holder that closes its children in its own finally block decides their order; they finish before the holder's finally does."""


def child(name):
    try:
        yield name
    finally:
        emit(name + " finally")


def holder():
    a = child("a")
    b = child("b")
    next(a)
    next(b)
    try:
        yield "holding"
    finally:
        emit("holder closing b")
        b.close()
        emit("holder closing a")
        a.close()
        emit("holder finally done")


DRIVE = [
    ("new", "h", "holder"),
    ("next", "h"),
    ("del", "h"),
]
