"""The GeneratorExit of close() gets the closer's handled exception as __context__, and from 3.9 the exception the closed generator handles where it is suspended instead (3.8: the closer's only)."""


def plain():
    try:
        yield "plain"
    except GeneratorExit as e:
        emit(e.__context__)


def handling():
    try:
        raise KeyError("where suspended")
    except KeyError:
        try:
            yield "handling"
        except GeneratorExit as e:
            emit(e.__context__)


def driver():
    g = plain()
    next(g)
    g.close()
    g = plain()
    next(g)
    try:
        raise IndexError("closer's")
    except IndexError:
        g.close()
    g = handling()
    next(g)
    g.close()
    g = handling()
    next(g)
    try:
        raise IndexError("closer's")
    except IndexError:
        g.close()
    yield "done"


DRIVE = [
    ("new", "d", "driver"),
    ("next", "d"),
]
