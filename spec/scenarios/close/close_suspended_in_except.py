"""close() on a generator paused at a yield inside an except clause raises GeneratorExit there, which is not caught by that clause's sibling handlers."""


def body():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            yield "in handler"
        finally:
            emit("handler finally")
    except ValueError:
        emit("never")


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
]
