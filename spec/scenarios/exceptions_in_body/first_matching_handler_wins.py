"""Handlers are tried top to bottom and only the first matching one runs, even if a later one is more specific."""


class AppError(Exception):
    pass


class DiskError(AppError):
    pass


def worker():
    try:
        yield 1
        raise DiskError("d")
    except AppError:
        emit("base handler")
    except DiskError:
        emit("subclass handler")
    yield 2


DRIVE = [
    ("new", "g", "worker"),
    ("drain", "g"),
]
