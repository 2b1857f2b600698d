"""An exception raised in the generator's handler of an exception thrown in has that thrown exception as its __context__ (CPython: test_generators.ExceptionTest.test_except_throw_exception_context)."""


def gen():
    try:
        try:
            yield "started"
        except ValueError:
            raise TypeError("from the handler")
    except Exception as exc:
        emit(exc)
        emit(exc.__context__)
    yield "after"
    yield "done"


def driver():
    g = gen()
    next(g)
    try:
        raise ValueError("thrown")
    except Exception as exc:
        emit(g.throw(exc))
    emit(next(g))
    yield "end"


DRIVE = [
    ("new", "d", "driver"),
    ("next", "d"),
]
