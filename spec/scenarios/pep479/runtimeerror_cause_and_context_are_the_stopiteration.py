"""PEP 479's RuntimeError has the StopIteration as both __cause__ and __context__ and __suppress_context__ True, and that StopIteration keeps its own context (CPython: test_generator_stop.TestPEP479.test_stopiteration_wrapping_context)."""


def f():
    raise StopIteration("from helper")


def g():
    try:
        raise KeyError("handled")
    except KeyError:
        yield f()


def driver():
    try:
        next(g())
    except RuntimeError as exc:
        emit(exc)
        emit(exc.__cause__)
        emit(exc.__context__ is exc.__cause__)
        emit(exc.__suppress_context__)
        emit(exc.__cause__.__context__)
        emit(exc.__context__.__suppress_context__)
    yield "done"


DRIVE = [
    ("new", "d", "driver"),
    ("next", "d"),
]
