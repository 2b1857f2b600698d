"""type(e.gi_frame).__name__ of an exception whose gi_frame was assigned names the stored value's type and keeps no reference to it: a generator stored there is finalized when the handler ends and releases the exception."""


def held():
    try:
        yield "held started"
    finally:
        emit("held finalized")


def keeper():
    try:
        raise KeyError("carrier")
    except KeyError as e:
        h = held()
        emit(next(h))
        e.gi_frame = h
        h = None
        yield type(e.gi_frame).__name__
        yield type(e.gi_frame).__name__
    emit("handler left")
    yield "done"


DRIVE = [
    ("new", "g", "keeper"),
    ("drain", "g"),
]
