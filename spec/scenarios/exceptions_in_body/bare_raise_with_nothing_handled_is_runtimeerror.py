"""A bare raise outside every except block of a generator resumed by the driver, which handles nothing, raises RuntimeError("No active exception to reraise") and ends the generator; on a finally's normal path too."""


def plain():
    yield "before"
    raise


def in_finally():
    try:
        yield "in try"
    finally:
        emit("finally")
        raise


DRIVE = [
    ("new", "g", "plain"),
    ("next", "g"),
    ("next", "g"),
    ("state", "g"),
    ("new", "h", "in_finally"),
    ("next", "h"),
    ("next", "h"),
    ("new", "h", "in_finally"),
    ("next", "h"),
    ("throw", "h", "KeyError", "thrown"),
]
