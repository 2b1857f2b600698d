"""close() forwarded to a subgenerator through a delegator suspended inside an except block gives the subgenerator a GeneratorExit chained to the closer's handled exception, not to the delegator's (CPython calls the subgenerator's close from C, outside the delegator's frame)."""


def sub():
    try:
        yield "sub"
    except GeneratorExit as e:
        emit(e.__context__)


def delegator():
    try:
        raise KeyError("delegator's")
    except KeyError:
        yield from sub()


def driver():
    g = delegator()
    next(g)
    try:
        raise IndexError("closer's")
    except IndexError:
        g.close()
    g = delegator()
    next(g)
    g.close()
    yield "done"


DRIVE = [
    ("new", "d", "driver"),
    ("next", "d"),
]
