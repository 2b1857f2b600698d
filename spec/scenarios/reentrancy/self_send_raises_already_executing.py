"""A generator that calls send() on itself while running gets ValueError "generator already executing"."""


def selfish():
    me = yield 1
    try:
        me.send(5)
    except ValueError as e:
        emit(e)
    me = None
    yield 2


DRIVE = [
    ("new", "g", "selfish"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("next", "g"),
]
