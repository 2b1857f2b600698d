"""return inside finally discards the propagating exception and ends the generator with that return value."""


def worker():
    try:
        yield 1
        raise KeyError("lost")
    finally:
        emit("finally")
        return "swallowed"


DRIVE = [
    ("new", "g", "worker"),
    ("next", "g"),
    ("next", "g"),
    ("state", "g"),
]
