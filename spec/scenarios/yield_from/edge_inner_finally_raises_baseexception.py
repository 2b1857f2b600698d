"""A subgenerator whose finally raises BaseException makes close() and every throw() raise that BaseException instead of the exception that triggered the finally (CPython: test_yield_from.TestInterestingEdgeCases.test_close_and_throw_raise_base_exception)."""


def inner():
    try:
        yield "first"
        yield "second"
        return "returned"
    finally:
        raise BaseException("raised")


def outer():
    result = yield from inner()
    return result


DRIVE = [
    ("new", "g", "outer"),
    ("next", "g"),
    ("close", "g"),
    ("next", "g"),
    ("new", "g", "outer"),
    ("next", "g"),
    ("throw", "g", "GeneratorExit", "thrown"),
    ("next", "g"),
    ("new", "g", "outer"),
    ("next", "g"),
    ("throw", "g", "StopIteration", "thrown"),
    ("next", "g"),
    ("new", "g", "outer"),
    ("next", "g"),
    ("throw", "g", "BaseException", "thrown"),
    ("next", "g"),
    ("new", "g", "outer"),
    ("next", "g"),
    ("throw", "g", "Exception", "thrown"),
    ("next", "g"),
]
