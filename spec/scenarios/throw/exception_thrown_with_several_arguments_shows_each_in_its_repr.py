"""An exception thrown as g.throw(T, value) with a tuple of several items has each item as an argument: its repr shows them all, separated by commas, whether the generator catches it or it leaves the generator."""


def catcher():
    try:
        yield "ready"
    except ValueError as e:
        emit(e)
        emit(e.args)
        emit(len(e.args))
    yield "caught"


def driver():
    g = catcher()
    emit(next(g))
    emit(g.throw(ValueError, ("first", 2, None)))
    h = catcher()
    next(h)
    h.throw(KeyError, ("a", "b"))
    yield "done"


DRIVE = [
    ("new", "d", "driver"),
    ("next", "d"),
]
