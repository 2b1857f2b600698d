"""An exception of a user subclass is caught by an except clause naming its base class."""


class AppError(Exception):
    pass


class DiskError(AppError):
    pass


def worker():
    try:
        yield 1
        raise DiskError("disk full")
    except AppError as e:
        emit(e)
    yield 2


DRIVE = [
    ("new", "g", "worker"),
    ("drain", "g"),
]
