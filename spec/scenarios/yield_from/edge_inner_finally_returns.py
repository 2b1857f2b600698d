"""A subgenerator that returns in its finally makes close() succeed and throw(GeneratorExit) raise GeneratorExit, while any other thrown exception is swallowed and throw() raises StopIteration with the returned value (CPython: test_yield_from.TestInterestingEdgeCases.test_close_and_throw_return)."""


def inner():
    try:
        yield "first"
        yield "second"
    finally:
        return "returned"


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
