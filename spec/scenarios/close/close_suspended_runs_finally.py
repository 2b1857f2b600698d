"""Closing a suspended generator raises GeneratorExit at the paused yield, so its finally blocks run, innermost first."""


def body():
    try:
        try:
            yield 1
            emit("not reached")
        finally:
            emit("inner finally")
    finally:
        emit("outer finally")
    emit("not reached either")


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
    ("next", "g"),
]
