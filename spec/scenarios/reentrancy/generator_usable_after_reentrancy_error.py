"""After catching its own "already executing" error a generator keeps yielding normally and can be resumed again."""


def counter():
    me = yield 0
    n = 1
    while n <= 3:
        try:
            next(me)
        except ValueError as e:
            emit(n)
        x = yield n
        emit(x)
        n += 1
    me = None
    return "end"


DRIVE = [
    ("new", "g", "counter"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("send", "g", "a"),
    ("send", "g", "b"),
    ("send", "g", "c"),
    ("state", "g"),
]
