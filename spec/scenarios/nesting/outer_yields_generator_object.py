"""A generator can yield another generator object, which the driver sees as a generator value."""


def inner():
    yield "inner"


def factory():
    yield inner()
    yield "done"


DRIVE = [
    ("new", "g", "factory"),
    ("drain", "g"),
]
