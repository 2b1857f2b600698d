"""An exception raised and caught inside a generator resumed from an except block is the handled one within its own handler, and after it the resumer's again, then none once resumed from outside (CPython: test_generators.ExceptionTest.test_except_gen_except)."""


def handled():
    try:
        raise
    except BaseException as e:
        return e


def gen():
    try:
        emit(handled())
        yield
        raise TypeError("own")
    except TypeError:
        emit(handled())
    emit(handled())
    yield
    emit(handled())
    yield "done"


def caller(g):
    next(g)
    try:
        raise ValueError("caller's")
    except Exception:
        next(g)
    yield next(g)


DRIVE = [
    ("new", "g", "gen"),
    ("new", "c", "caller", "@g"),
    ("next", "c"),
]
