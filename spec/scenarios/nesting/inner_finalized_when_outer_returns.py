"""An inner generator referenced only by an outer's local is finalized when the outer finishes, after the outer's finally."""


def inner():
    try:
        yield "inner"
    finally:
        emit("inner finally")


def outer():
    it = inner()
    try:
        yield next(it)
        emit("outer returning")
        return "outer result"
    finally:
        emit("outer finally")


DRIVE = [
    ("new", "g", "outer"),
    ("next", "g"),
    ("next", "g"),
]
