"""An exception of a base class is not caught by an except clause naming only a subclass; it leaves the generator."""


class AppError(Exception):
    pass


class DiskError(AppError):
    pass


def worker():
    try:
        yield 1
        raise AppError("generic")
    except DiskError:
        emit("not reached")
    finally:
        emit("finally")
    yield 2


DRIVE = [
    ("new", "g", "worker"),
    ("drain", "g"),
    ("state", "g"),
]
