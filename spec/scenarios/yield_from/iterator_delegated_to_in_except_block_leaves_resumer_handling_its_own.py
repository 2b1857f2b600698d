"""A yield from of a tuple or range inside an except block lends that block's exception to the delegation only: once the delegator yields, its resumer handles what it handled before, nothing when it handled nothing."""
import sys


def delegator():
    try:
        raise KeyError("the delegator's")
    except KeyError:
        yield from ("from a tuple",)
        yield from range(1)
    yield "left the handler"


def resumer(d):
    emit(next(d))
    emit(sys.exc_info()[1])
    try:
        raise ValueError("the resumer's")
    except ValueError:
        emit(next(d))
        emit(sys.exc_info()[1])
    yield sys.exc_info()[1]


def observer():
    yield sys.exc_info()[1]


DRIVE = [
    ("new", "d", "delegator"),
    ("new", "r", "resumer", "@d"),
    ("next", "r"),
    ("new", "o", "observer"),
    ("next", "o"),
    ("new", "e", "delegator"),
    ("next", "e"),
    ("new", "p", "observer"),
    ("next", "p"),
    ("next", "e"),
    ("new", "q", "observer"),
    ("next", "q"),
]
