"""Two plain functions that each return an exception they caught keep their locals only as long as their own exception lives: releasing the second finalizes the generator the second function held while the first exception still lives, and releasing the first then finalizes the first one's."""


def child(name):
    try:
        yield name + " started"
    finally:
        emit(name + " finally")


def catching(name):
    c = child(name)
    emit(next(c))
    try:
        raise ValueError(name)
    except ValueError as e:
        return e


def caller():
    first = catching("first")
    second = catching("second")
    emit("both functions returned")
    second = None
    emit("second exception released")
    first = None
    emit("first exception released")
    yield "done"


DRIVE = [
    ("new", "g", "caller"),
    ("next", "g"),
]
