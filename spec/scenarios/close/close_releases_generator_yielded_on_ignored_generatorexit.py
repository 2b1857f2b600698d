"""A generator that a body yields instead of exiting on close() is released by close(), which raises RuntimeError, so its finally runs then."""


def child(name):
    try:
        yield name
    finally:
        emit(name + " finally")


def started(name):
    c = child(name)
    emit(next(c))
    return c


def stubborn():
    try:
        yield "open"
    except GeneratorExit:
        yield started("yielded")


DRIVE = [
    ("new", "g", "stubborn"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
]
