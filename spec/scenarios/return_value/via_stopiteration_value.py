"""A return statement in a generator ends it by raising StopIteration whose value is the returned value."""


def answer():
    yield "thinking"
    return 42


def reader(g):
    try:
        while True:
            next(g)
    except StopIteration as e:
        emit("caught StopIteration")
        emit(e.value)
    yield "read"


DRIVE = [
    ("new", "g", "answer"),
    ("next", "g"),
    ("next", "g"),
    ("new", "h", "answer"),
    ("new", "r", "reader", "@h"),
    ("next", "r"),
]
