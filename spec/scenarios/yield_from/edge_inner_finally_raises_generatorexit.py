"""A subgenerator whose finally raises GeneratorExit makes close() succeed and throw(GeneratorExit) raise the thrown one, while any other thrown exception is replaced by the raised GeneratorExit (CPython: test_yield_from.TestInterestingEdgeCases.test_close_and_throw_raise_generator_exit)."""


def inner():
    try:
        yield "first"
        yield "second"
        return "returned"
    finally:
        raise GeneratorExit("raised")


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
