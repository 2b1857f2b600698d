"""An outer generator that closes its inner generator runs the inner's finally at that point and leaves it GEN_CLOSED."""


def inner():
    try:
        yield "a"
        yield "b"
    finally:
        emit("inner finally")


def outer():
    it = inner()
    yield next(it)
    emit("closing inner")
    it.close()
    emit(state(it))
    yield next(it, "inner gone")


DRIVE = [
    ("new", "g", "outer"),
    ("drain", "g"),
]
