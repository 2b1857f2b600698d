"""A generator whose finally block, run by close(), tries to advance itself gets ValueError there; caught, close() then completes normally."""


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
