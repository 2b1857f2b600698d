"""A generator iterated by a for loop inside another generator's bare except: block reports that block's exception from sys.exc_info() on every step, not the exception the outermost driver handles, and the driver handles nothing after its own handler (CPython: test_generators.ExceptionTest.test_nested_gen_except_loop)."""
import sys


def gen():
    for i in range(3):
        emit(sys.exc_info()[1])
        yield "doing"


def outer():
    try:
        raise TypeError("outer's")
    except:
        for x in gen():
            yield x


def driver():
    try:
        raise ValueError("driver's")
    except Exception:
        for x in outer():
            emit(x)
    yield sys.exc_info()[1]


DRIVE = [
    ("new", "d", "driver"),
    ("next", "d"),
]
