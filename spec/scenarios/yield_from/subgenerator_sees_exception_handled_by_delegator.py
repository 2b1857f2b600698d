"""A subgenerator delegated to by a yield from inside an except block sees that block's exception as handled when it is started, resumed by next, send or throw, and closed, whatever its resumer handles."""


def handled():
    try:
        raise
    except BaseException as e:
        return e


def sub():
    try:
        x = yield handled()
        emit(x)
        yield handled()
        yield handled()
    except KeyError:
        yield handled()
    finally:
        emit(handled())


def delegator():
    try:
        raise ValueError("delegator's")
    except ValueError:
        yield from sub()
    yield handled()


def resumer(g):
    try:
        raise IndexError("resumer's")
    except IndexError:
        yield next(g)
        yield g.send("sent")


DRIVE = [
    ("new", "d", "delegator"),
    ("new", "r", "resumer", "@d"),
    ("next", "r"),
    ("next", "r"),
    ("throw", "d", "KeyError"),
    ("close", "d"),
    ("new", "d", "delegator"),
    ("next", "d"),
    ("del", "d"),
]
