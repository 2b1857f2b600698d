"""A generator can suspend inside an except block; when resumed it is still handling the exception and can re-raise it."""


def worker():
    try:
        raise KeyError("held")
    except KeyError as e:
        emit(e)
        x = yield "in handler"
        emit(x)
        raise
    yield "not reached"


DRIVE = [
    ("new", "g", "worker"),
    ("next", "g"),
    ("send", "g", "resume"),
    ("state", "g"),
]
