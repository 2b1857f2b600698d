"""An uncaught "generator already executing" ValueError leaves the generator body and closes it."""


def selfish():
    try:
        me = yield 1
        emit("calling next on myself")
        next(me)
        emit("not reached")
    finally:
        emit("finally")
        me = None


DRIVE = [
    ("new", "g", "selfish"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("state", "g"),
    ("next", "g"),
]
