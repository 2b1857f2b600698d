"""An exception raised in a generator outside its own handlers, resumed from the resumer's except block, gets the resumer's handled exception as its __context__ (CPython: test_generators.ExceptionTest.test_except_gen_except)."""


def gen():
    try:
        yield "started"
        raise TypeError("raised")
    except TypeError as exc:
        emit(exc.__context__)
    yield "after"
    yield "done"


def driver():
    g = gen()
    next(g)
    try:
        raise ValueError("handled by the resumer")
    except Exception:
        emit(next(g))
    emit(next(g))
    yield "end"


DRIVE = [
    ("new", "d", "driver"),
    ("next", "d"),
]
