"""A generator that calls throw() on itself while running gets ValueError("generator already executing") and the thrown exception is not delivered."""


def selfish():
    me = yield "send me myself"
    try:
        me.throw(KeyError("k"))
    except ValueError as e:
        emit(e)
    except KeyError:
        emit("wrongly delivered")
    yield "still running"


DRIVE = [
    ("new", "g", "selfish"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("next", "g"),
]
