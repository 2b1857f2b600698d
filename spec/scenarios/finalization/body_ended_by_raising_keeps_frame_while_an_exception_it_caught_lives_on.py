"""A generator whose body ended by raising while an exception it caught lives on elsewhere keeps its locals until both are released: a child it held is finalized when the caught one goes, not when the raised one is handled."""


def child():
    try:
        yield "child started"
    finally:
        emit("child finally")


def catcher():
    c = child()
    emit(next(c))
    try:
        raise ValueError("caught")
    except ValueError as e:
        yield e
    raise KeyError("catcher ends by raising")


def holder():
    g = catcher()
    kept = next(g)
    try:
        next(g)
    except KeyError as e:
        emit(e)
    emit("raised exception released")
    kept = None
    emit("caught exception released")
    yield "done"


DRIVE = [
    ("new", "h", "holder"),
    ("next", "h"),
]
