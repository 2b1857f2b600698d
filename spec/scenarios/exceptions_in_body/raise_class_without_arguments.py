"""raise with a bare class instantiates it with no arguments, so its args are empty."""


class Empty(Exception):
    pass


def worker():
    try:
        raise Empty
    except Empty as e:
        emit(e)
    yield 1
    raise KeyError


DRIVE = [
    ("new", "g", "worker"),
    ("drain", "g"),
]
