"""What close() and throw() raise through a delegator carries CPython's __context__ chain whether the subgenerator's finally passes, raises GeneratorExit, StopIteration, BaseException or Exception, yields or returns: the thrown exception itself, or the one raised chained to the thrown one or to the subgenerator's own GeneratorExit (CPython: test_yield_from.TestInterestingEdgeCases, the seven test_close_and_throw_* cases)."""


def raised(kind, message):
    if kind == "GeneratorExit":
        raise GeneratorExit(message)
    if kind == "StopIteration":
        raise StopIteration(message)
    if kind == "BaseException":
        raise BaseException(message)
    raise Exception(message)


def caught(kind):
    try:
        raised(kind, "thrown")
    except BaseException as e:
        return e


def inner(kind):
    if kind == "pass":
        yield "first"
        yield "second"
        return "returned"
    try:
        yield "first"
        if kind != "yield":
            yield "second"
    finally:
        if kind == "yield":
            yield "second"
        elif kind == "return":
            return "returned"
        else:
            raised(kind, "raised")
    return "returned"


def outer(kind):
    result = yield from inner(kind)
    return result


def chain(e):
    links = ()
    while e is not None:
        links = links + (e,)
        e = e.__context__
    return links


def step(g):
    try:
        return ("yields", next(g))
    except BaseException as e:
        return chain(e)


def throw_into(kind, thrown):
    g = outer(kind)
    next(g)
    try:
        emit(("throw returns", g.throw(thrown)))
    except BaseException as e:
        emit(chain(e))
    emit(step(g))
    emit(step(g))


def driver(kind):
    g = outer(kind)
    next(g)
    try:
        emit(("close returns", g.close()))
    except BaseException as e:
        emit(chain(e))
    emit(step(g))
    for thrown in ("GeneratorExit", "StopIteration", "BaseException", "Exception"):
        throw_into(kind, caught(thrown))
    yield kind


DRIVE = [
    ("new", "d", "driver", "pass"),
    ("next", "d"),
    ("new", "d", "driver", "GeneratorExit"),
    ("next", "d"),
    ("new", "d", "driver", "StopIteration"),
    ("next", "d"),
    ("new", "d", "driver", "BaseException"),
    ("next", "d"),
    ("new", "d", "driver", "Exception"),
    ("next", "d"),
    ("new", "d", "driver", "yield"),
    ("next", "d"),
    ("new", "d", "driver", "return"),
    ("next", "d"),
]
