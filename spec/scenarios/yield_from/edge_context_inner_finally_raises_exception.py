"""An Exception raised in a subgenerator's finally during close() or throw() has as context the GeneratorExit close() made for the subgenerator, or the exception thrown (CPython: test_yield_from.TestInterestingEdgeCases.test_close_and_throw_raise_exception)."""


def inner():
    try:
        yield "first"
        yield "second"
        return "returned"
    finally:
        raise Exception("raised")


def outer():
    result = yield from inner()
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


def driver():
    g = outer()
    next(g)
    try:
        emit(("close returns", g.close()))
    except BaseException as e:
        emit(chain(e))
    emit(step(g))
    g = outer()
    next(g)
    try:
        emit(("throw returns", g.throw(GeneratorExit("thrown"))))
    except BaseException as e:
        emit(chain(e))
    emit(step(g))
    emit(step(g))
    g = outer()
    next(g)
    try:
        emit(("throw returns", g.throw(StopIteration("thrown"))))
    except BaseException as e:
        emit(chain(e))
    emit(step(g))
    emit(step(g))
    g = outer()
    next(g)
    try:
        emit(("throw returns", g.throw(BaseException("thrown"))))
    except BaseException as e:
        emit(chain(e))
    emit(step(g))
    emit(step(g))
    g = outer()
    next(g)
    try:
        emit(("throw returns", g.throw(Exception("thrown"))))
    except BaseException as e:
        emit(chain(e))
    emit(step(g))
    emit(step(g))
    yield "done"


DRIVE = [
    ("new", "d", "driver"),
    ("next", "d"),
]
