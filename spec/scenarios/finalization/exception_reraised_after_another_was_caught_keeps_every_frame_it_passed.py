"""An exception raised through four generators, caught in a fifth that meanwhile catches and hands out another exception, then re-raised there, keeps all five finished frames until it is released, as the other one keeps the fifth, whatever caught exceptions kept before or after it are released first."""


def child(tag):
    try:
        yield tag
    finally:
        emit(("finalized", tag))


def link(depth):
    c = child(depth)
    next(c)
    if depth == 0:
        raise KeyError("deep")
    yield from link(depth - 1)


def middle():
    c = child("middle")
    next(c)
    try:
        yield from link(3)
    except KeyError:
        try:
            raise ValueError("handed out")
        except ValueError as e:
            yield e
        raise


def outer():
    try:
        raise IndexError("kept before")
    except IndexError as e:
        before = e
    m = middle()
    handed = next(m)
    try:
        next(m)
    except KeyError as e:
        reraised = e
    emit("all kept")
    before = None
    emit("exception kept before released")
    handed = None
    emit("handed-out exception released")
    reraised = None
    emit("re-raised exception released")
    yield "end"


DRIVE = [
    ("new", "g", "outer"),
    ("next", "g"),
    ("next", "g"),
]
