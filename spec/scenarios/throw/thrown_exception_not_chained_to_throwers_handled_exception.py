"""An exception thrown from inside the thrower's except block is not chained to the exception that block handles: it keeps no __context__ in the generator's handler, across its yields and when re-raised from there (CPython: test_generators.ExceptionTest.test_except_throw)."""


def keeper():
    try:
        yield "started"
    except Exception as exc:
        emit(exc.__context__)
        yield "caught"
        yield "still handling"
        raise


def driver():
    g = keeper()
    next(g)
    try:
        raise ValueError("handled by the thrower")
    except ValueError as exc:
        emit(g.throw(exc))
        emit(exc.__context__)
    next(g)
    try:
        next(g)
    except ValueError as e:
        emit(e)
        emit(e.__context__)
    yield "done"


DRIVE = [
    ("new", "d", "driver"),
    ("next", "d"),
]
