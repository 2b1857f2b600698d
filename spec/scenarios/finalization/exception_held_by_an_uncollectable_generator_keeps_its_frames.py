"""An exception that an uncollectable generator's GeneratorExit is chained to keeps the frames of its traceback, and the generators they hold, alive after the step that raised it."""


def child(name):
    try:
        yield name
    finally:
        emit("child " + name + " finalized")


def failing(sub):
    yield next(sub)
    raise ValueError("failing")


def stubborn():
    try:
        yield 1
    except GeneratorExit as ignored:
        yield 2


def h():
    try:
        yield from failing(child("kept"))
    finally:
        for v in stubborn():
            yield v
            raise KeyError("in finally")


DRIVE = [
    ("new", "h", "h"),
    ("next", "h"),
    ("next", "h"),
    ("next", "h"),
    ("new", "k", "child", "released"),
    ("next", "k"),
    ("del", "k"),
]
