"""A thrown instance of a user exception subclass is caught by an except clause naming its base class."""


class AppError(Exception): pass
class DiskError(AppError): pass


def worker():
    while True:
        try:
            yield "idle"
        except AppError as e:
            emit(e)
            emit(e.args[0])


DRIVE = [
    ("new", "g", "worker"),
    ("next", "g"),
    ("throw", "g", "DiskError", "full"),
    ("throw", "g", "AppError", "generic"),
    ("throw", "g", "LookupError", "not app"),
    ("state", "g"),
]
