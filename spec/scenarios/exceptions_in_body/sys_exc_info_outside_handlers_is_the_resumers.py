"""Outside its own except blocks a generator's sys.exc_info() is what the code resuming it handles at that resume, as is a plain function's it calls, None when that code handles nothing, even where an earlier resumer handled something (CPython: test_generators.ExceptionTest.test_except_next)."""
import sys


def reported():
    return sys.exc_info()[1]


def gen():
    emit(sys.exc_info()[1])
    emit(reported())
    yield "first"
    emit(sys.exc_info()[1])
    x = yield "second"
    emit(sys.exc_info()[1])
    yield x


def resumer(g):
    try:
        raise ValueError("the resumer's")
    except Exception:
        yield next(g)
    yield next(g)
    try:
        raise KeyError("sent from a handler")
    except KeyError as e:
        yield g.send(e)
    yield sys.exc_info()[1]


DRIVE = [
    ("new", "g", "gen"),
    ("new", "r", "resumer", "@g"),
    ("drain", "r"),
    ("new", "g", "gen"),
    ("next", "g"),
]
