"""An exception raised inside an except block is caught by an enclosing try in the same generator, after the inner finally runs."""


def worker():
    try:
        try:
            yield 1
            raise KeyError("first")
        except KeyError:
            emit("inner handler")
            raise ValueError("second")
        finally:
            emit("inner finally")
    except ValueError as e:
        emit("outer handler")
        emit(e)
    yield 2


DRIVE = [
    ("new", "g", "worker"),
    ("drain", "g"),
]
