"""A raise refused with TypeError (of a value that is no exception, or with a cause that is no exception) releases the value or the exception it was given at once."""


def held(name):
    try:
        yield name
    finally:
        emit(name + " finalized")


def raiser():
    h = held("raised generator")
    next(h)
    try:
        raise h
    except TypeError as e:
        emit(e)
    h = None
    emit("raised generator dropped")
    h = held("argument of the exception")
    next(h)
    cause = 5
    try:
        raise KeyError(h) from cause
    except TypeError as e:
        emit(e)
    h = None
    emit("argument dropped")
    yield "done"


DRIVE = [
    ("new", "g", "raiser"),
    ("next", "g"),
]
