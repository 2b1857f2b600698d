"""A bare except: catches the GeneratorExit of close(), so a body that returns from its handler lets close() succeed (returning the value from 3.13)."""


def body():
    try:
        yield "open"
    except:
        emit("caught by bare except")
        return "cleaned up"
    emit("never")


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
]
