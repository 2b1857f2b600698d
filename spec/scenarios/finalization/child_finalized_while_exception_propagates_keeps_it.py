"""A suspended generator finalized because the body holding it raised runs its finally, and the holder's exception still reaches the caller unchanged."""


def child(name):
    try:
        yield name
    finally:
        emit(name + " finally")


def holder():
    c = child("child")
    emit(next(c))
    yield "holding"
    raise KeyError("holder failed")


DRIVE = [
    ("new", "h", "holder"),
    ("next", "h"),
    ("next", "h"),
    ("state", "h"),
    ("next", "h"),
]
