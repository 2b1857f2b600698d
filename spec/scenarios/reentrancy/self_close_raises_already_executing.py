"""A generator that calls close() on itself while running gets ValueError and keeps running."""


def selfish():
    me = yield 1
    try:
        me.close()
        emit("close returned")
    except ValueError as e:
        emit(e)
    emit(state(me))
    me = None
    yield 2


DRIVE = [
    ("new", "g", "selfish"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("state", "g"),
    ("next", "g"),
]
