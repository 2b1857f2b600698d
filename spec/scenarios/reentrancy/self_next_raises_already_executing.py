"""A generator that calls next() on itself while running gets ValueError "generator already executing"."""


def selfish():
    me = yield 1
    try:
        next(me)
    except ValueError as e:
        emit(e)
    me = None
    yield 2


DRIVE = [
    ("new", "g", "selfish"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("drain", "g"),
]
