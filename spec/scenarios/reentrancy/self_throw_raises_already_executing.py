"""A generator that calls throw() on itself while running gets ValueError, not the exception it threw."""


def selfish():
    me = yield 1
    try:
        me.throw(KeyError("k"))
    except KeyError as e:
        emit("caught KeyError")
        emit(e)
    except ValueError as e:
        emit("caught ValueError")
        emit(e)
    me = None
    yield 2


DRIVE = [
    ("new", "g", "selfish"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("next", "g"),
]
