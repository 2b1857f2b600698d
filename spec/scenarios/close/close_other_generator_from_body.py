"""A generator can close another suspended generator it holds; the target's finally runs inside the closer's step."""


def worker():
    try:
        while True:
            yield "work"
    finally:
        emit("worker finally")


def supervisor(w):
    yield next(w)
    emit("closing worker")
    w.close()
    emit(state(w))
    yield "supervisor done"


DRIVE = [
    ("new", "w", "worker"),
    ("new", "s", "supervisor", "@w"),
    ("next", "s"),
    ("state", "w"),
    ("next", "s"),
    ("next", "w"),
]
