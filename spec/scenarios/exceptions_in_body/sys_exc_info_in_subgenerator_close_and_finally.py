"""A subgenerator delegated to from an except block reports the delegator's exception from sys.exc_info() when it has none of its own, a finally run by close() reports the GeneratorExit and one run by throw() the thrown exception, and a finally left normally the resumer's (CPython: test_generators.ExceptionTest.test_except_throw, with yield from)."""
import sys


def sub():
    emit(sys.exc_info()[1])
    try:
        yield "in sub"
    finally:
        emit(sys.exc_info()[1])
    yield "after sub's finally"


def delegator():
    try:
        raise KeyError("the delegator's")
    except KeyError:
        yield from sub()
    yield "done"


def guarded():
    try:
        yield "guarded"
    finally:
        emit(sys.exc_info()[1])


DRIVE = [
    ("new", "d", "delegator"),
    ("next", "d"),
    ("next", "d"),
    ("close", "d"),
    ("new", "d", "delegator"),
    ("next", "d"),
    ("close", "d"),
    ("new", "s", "guarded"),
    ("next", "s"),
    ("throw", "s", "IndexError", "thrown"),
    ("new", "s", "guarded"),
    ("next", "s"),
    ("next", "s"),
]
