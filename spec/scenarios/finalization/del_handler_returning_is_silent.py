"""A generator that answers finalization's GeneratorExit by returning finishes quietly, with nothing unraisable."""


def returner():
    try:
        yield 1
    except GeneratorExit:
        emit("returning")
        return 5
    emit("not reached")


DRIVE = [
    ("new", "g", "returner"),
    ("next", "g"),
    ("del", "g"),
]
