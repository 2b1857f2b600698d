"""sys.exception() is sys.exc_info()[1] (the exception being handled, or None) from CPython 3.11, inside a generator's handler and in the code resuming it; before 3.11 the sys module has no such attribute and calling it raises AttributeError (CPython: test_generators.ExceptionTest.test_except_throw)."""
import sys


def gen():
    yield sys.exception()
    try:
        raise ValueError("handled")
    except ValueError:
        yield sys.exception() is sys.exc_info()[1]
        yield sys.exception()


def resumer(g):
    try:
        raise KeyError("the resumer's")
    except KeyError:
        yield next(g)
    yield sys.exception()


DRIVE = [
    ("new", "g", "gen"),
    ("new", "r", "resumer", "@g"),
    ("drain", "r"),
    ("drain", "g"),
]
