"""yield from a generator that was already advanced continues from where it is suspended."""


def numbers():
    yield 1
    yield 2
    yield 3
    return "numbers done"


def outer(sub):
    r = yield from sub
    emit(r)


DRIVE = [
    ("new", "sub", "numbers"),
    ("next", "sub"),
    ("new", "g", "outer", "@sub"),
    ("drain", "g"),
]
