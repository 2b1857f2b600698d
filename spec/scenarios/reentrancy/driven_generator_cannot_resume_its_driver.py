"""A generator advanced by another generator's next() call cannot resume that caller: it is still running."""


def worker():
    boss = yield "hired"
    emit(state(boss))
    try:
        boss.send("report")
    except ValueError as e:
        emit(e)
    boss = None
    yield "worked"


def manager(w):
    next(w)
    me = yield "manager ready"
    emit(w.send(me))
    me = None
    yield "managed"


DRIVE = [
    ("new", "w", "worker"),
    ("new", "m", "manager", "@w"),
    ("next", "m"),
    ("send", "m", "@m"),
    ("state", "w"),
    ("next", "m"),
]
