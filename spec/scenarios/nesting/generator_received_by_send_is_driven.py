"""A generator sent into another generator can be driven from there, and its progress is visible to the driver."""


def letters():
    yield "x"
    yield "y"


def runner():
    src = yield "waiting"
    emit(next(src))
    emit(state(src))
    src = None
    yield "used one"


DRIVE = [
    ("new", "s", "letters"),
    ("new", "r", "runner"),
    ("next", "r"),
    ("send", "r", "@s"),
    ("state", "s"),
    ("next", "s"),
    ("drain", "s"),
]
