"""Two generators whose bodies ended while an exception each caught lives on keep their locals only as long as their own exception lives: releasing the exception the last one caught finalizes the child it held, while the other's caught exception, released later, finalizes the other's."""


def child(name):
    try:
        yield name + " started"
    finally:
        emit(name + " finally")


def catcher(name):
    c = child(name)
    emit(next(c))
    try:
        raise ValueError(name)
    except ValueError as e:
        yield e
    emit(name + " ends")


def holder():
    first = catcher("first")
    second = catcher("second")
    kept_first = next(first)
    kept_second = next(second)
    emit(next(first, "first ended"))
    emit(next(second, "second ended"))
    kept_second = None
    emit("second exception released")
    kept_first = None
    emit("first exception released")
    yield "done"


DRIVE = [
    ("new", "h", "holder"),
    ("next", "h"),
]
