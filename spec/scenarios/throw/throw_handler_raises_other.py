"""If the handler for a thrown exception raises a different exception, that exception propagates out of throw()."""


def translator():
    try:
        yield 1
    except KeyError as e:
        emit(e)
        raise ValueError("translated")
    finally:
        emit("finally")


DRIVE = [
    ("new", "g", "translator"),
    ("next", "g"),
    ("throw", "g", "KeyError", "k"),
    ("state", "g"),
]
