"""An exception raised inside an except block replaces the handled one and propagates out of the generator after finally runs."""


def worker():
    try:
        yield 1
        raise KeyError("first")
    except KeyError as e:
        emit(e)
        raise ValueError("second")
    finally:
        emit("finally")
    yield 2


DRIVE = [
    ("new", "g", "worker"),
    ("next", "g"),
    ("next", "g"),
    ("state", "g"),
]
