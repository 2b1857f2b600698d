"""An exception raised in a finally block replaces the exception that was propagating through it."""


def worker():
    try:
        try:
            yield 1
            raise KeyError("original")
        finally:
            emit("inner finally")
            raise ValueError("from finally")
    except KeyError as e:
        emit("caught original")
    except ValueError as e:
        emit(e)
    yield 2


DRIVE = [
    ("new", "g", "worker"),
    ("drain", "g"),
]
