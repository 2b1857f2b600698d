"""A generator stored as an attribute of a caught exception lives as long as the exception: reading the attribute back keeps no reference, and the generator is finalized when the handler ends and releases the exception."""


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
        e.gi_code = h
        h = None
        yield e.gi_code is keeper.__code__
        yield e.gi_code is not held.__code__
    emit("handler left")
    yield "done"


DRIVE = [
    ("new", "g", "keeper"),
    ("drain", "g"),
]
