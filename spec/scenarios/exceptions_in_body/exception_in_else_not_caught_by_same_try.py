"""An exception raised in a try's else block is not caught by that try's own except clauses."""


def worker():
    try:
        try:
            yield 1
        except KeyError:
            emit("inner handler")
        else:
            raise KeyError("from else")
    except KeyError as e:
        emit("outer handler")
        emit(e)
    yield 2


DRIVE = [
    ("new", "g", "worker"),
    ("drain", "g"),
]
