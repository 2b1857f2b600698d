"""A generator whose finally block, run by close(), advances itself gets ValueError there, and close() reports it."""


def selfish():
    me = yield 1
    try:
        yield 2
    finally:
        emit("finally")
        try:
            next(me)
        except ValueError as e:
            emit(e)
        me = None


DRIVE = [
    ("new", "g", "selfish"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("close", "g"),
    ("state", "g"),
]
