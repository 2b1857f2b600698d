"""Reading .args of a value that is not an exception raises AttributeError naming the value's type, and .args of an exception is a new tuple of its arguments."""


def reader(x):
    try:
        yield x.args
    except AttributeError as e:
        emit(e)


def readers():
    yield from reader(5)
    yield from reader(None)
    yield from reader(("a",))
    yield from reader(reader(1))
    try:
        raise KeyError("k")
    except KeyError as e:
        yield from reader(e)


DRIVE = [
    ("new", "g", "readers"),
    ("drain", "g"),
]
