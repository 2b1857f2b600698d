"""When __iter__ returns a value that is not an iterator, iter() raises TypeError and releases that value at once, finalizing a generator only it held."""


class Fake:
    def __iter__(self):
        return (started("held"),)


def child(name):
    try:
        yield name
    finally:
        emit("finalized " + name)


def started(name):
    g = child(name)
    next(g)
    return g


def user():
    try:
        yield iter(Fake())
    except TypeError as e:
        emit(e)
    yield "after"


DRIVE = [
    ("new", "g", "user"),
    ("drain", "g"),
]
