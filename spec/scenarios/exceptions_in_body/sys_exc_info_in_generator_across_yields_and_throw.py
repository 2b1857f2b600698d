"""sys.exc_info() inside a generator reports the exception its own except block handles, a thrown-in one included, across the yields inside that block whoever resumes it, and before its first handler and after its last the exception its resumer handles (CPython: test_generators.ExceptionTest.test_except_throw)."""
import sys


def catcher():
    try:
        emit(sys.exc_info()[1])
        emit(sys.exc_info()[0] is None)
        emit(sys.exc_info()[2] is None)
        yield "started"
    except Exception as exc:
        emit(sys.exc_info()[1] is exc)
        emit(sys.exc_info()[0].__name__)
        emit(sys.exc_info()[2] is not None)
        emit(exc.__context__)
        yield "caught"
        emit(sys.exc_info()[1])
        yield "kept"
        raise
    yield "never"


def thrower(g):
    yield next(g)
    try:
        raise ValueError("the thrower's")
    except ValueError as exc:
        yield g.throw(exc)
        emit(sys.exc_info()[1])
    try:
        raise KeyError("the resumer's")
    except KeyError:
        yield next(g)
    try:
        next(g)
    except ValueError as e:
        emit(e.__context__)
        emit(sys.exc_info()[1] is e)
    yield sys.exc_info()[1]


DRIVE = [
    ("new", "g", "catcher"),
    ("new", "t", "thrower", "@g"),
    ("drain", "t"),
]
