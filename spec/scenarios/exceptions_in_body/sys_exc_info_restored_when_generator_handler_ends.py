"""A generator's except block makes its exception sys.exc_info()'s while it runs, chained to what the resumer handles, and when it ends the resumer's handled exception is reported again, then none once resumed from outside every handler (CPython: test_generators.ExceptionTest.test_except_gen_except)."""
import sys


def gen():
    try:
        emit(sys.exc_info()[1])
        yield "paused"
        raise TypeError("the generator's")
    except TypeError as exc:
        emit(sys.exc_info()[1])
        emit(exc.__context__)
    emit(sys.exc_info()[1])
    yield "again"
    emit(sys.exc_info()[1])
    yield "done"


def resumer(g):
    yield next(g)
    try:
        raise ValueError("the resumer's")
    except Exception:
        yield next(g)
    yield next(g)
    yield sys.exc_info()[1]


DRIVE = [
    ("new", "g", "gen"),
    ("new", "r", "resumer", "@g"),
    ("drain", "r"),
]
