"""A generator thrown into from inside an except block handles the thrown exception in its own handlers and, after them, sees the thrower's exception as handled until resumed from outside (CPython: test_generators.ExceptionTest.test_except_throw_exception_context)."""


def handled():
    try:
        raise
    except BaseException as e:
        return e


def gen():
    try:
        try:
            emit(handled())
            yield
        except ValueError:
            emit(handled())
            raise TypeError("from handler")
    except Exception:
        emit(handled())
    emit(handled())
    yield
    emit(handled())
    yield "done"


def thrower(g):
    next(g)
    try:
        raise ValueError("thrower's")
    except Exception:
        g.throw(ValueError("thrown"))
    yield next(g)


DRIVE = [
    ("new", "g", "gen"),
    ("new", "t", "thrower", "@g"),
    ("next", "t"),
]
