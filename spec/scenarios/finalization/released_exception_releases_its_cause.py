"""An exception raised with a cause is released with its __cause__: the cause (and what its arguments hold) is freed when the last reference to the exception goes, not kept alive."""


def held(name):
    try:
        yield name
    finally:
        emit(name + " finalized")


def raiser():
    h = held("argument of the cause")
    next(h)
    try:
        raise ValueError("effect") from KeyError(h)
    except ValueError as e:
        emit(e.__cause__)
    h = None
    emit("effect released")
    yield "done"


DRIVE = [
    ("new", "g", "raiser"),
    ("next", "g"),
]
