"""A generator that a GeneratorExit handler returns is released once close() is done with it, directly or through a delegator, so its finally runs."""


def child(name):
    try:
        yield name
    finally:
        emit(name + " finally")


def closer(name):
    c = child(name)
    emit(next(c))
    try:
        yield "open"
    except GeneratorExit:
        return c


def delegator(name):
    yield from closer(name)


DRIVE = [
    ("new", "g", "closer", "direct"),
    ("next", "g"),
    ("close", "g"),
    ("new", "d", "delegator", "delegated"),
    ("next", "d"),
    ("close", "d"),
    ("state", "d"),
]
