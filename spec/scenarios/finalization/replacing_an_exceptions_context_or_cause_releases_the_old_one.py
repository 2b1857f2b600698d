"""Raising a caught exception again under another handled exception, or with a new cause, replaces its __context__ or __cause__ and releases the old one (and what its arguments hold) at once."""


def held(name):
    try:
        yield name
    finally:
        emit(name + " finalized")


def raiser():
    h = held("first context")
    next(h)
    try:
        raise KeyError(h)
    except KeyError:
        try:
            raise ValueError("raised twice")
        except ValueError as e:
            saved = e
    h = None
    emit("first context held by the saved exception only")
    try:
        raise IndexError("second context")
    except IndexError:
        try:
            raise saved
        except ValueError:
            emit("raised again under another handled exception")
    yield saved.__context__
    c = held("first cause")
    next(c)
    try:
        raise saved from KeyError(c)
    except ValueError:
        emit("raised with a first cause")
    c = None
    emit("first cause held by the saved exception only")
    try:
        raise saved from IndexError("second cause")
    except ValueError:
        emit("raised with a second cause")
    yield saved.__cause__
    try:
        raise saved from None
    except ValueError:
        emit("raised from None")
    yield saved.__cause__


DRIVE = [
    ("new", "g", "raiser"),
    ("drain", "g"),
]
