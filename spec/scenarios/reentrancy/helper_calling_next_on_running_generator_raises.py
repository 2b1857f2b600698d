"""A plain helper function called from a generator body gets ValueError when it advances that same generator."""


def poke(gen):
    emit("poking")
    return next(gen)


def selfish():
    me = yield 1
    try:
        poke(me)
    except ValueError as e:
        emit(e.args[0])
    me = None
    yield 2


DRIVE = [
    ("new", "g", "selfish"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("next", "g"),
]
