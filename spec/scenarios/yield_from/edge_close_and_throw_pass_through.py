"""close() and throw() of GeneratorExit, StopIteration, BaseException or Exception into a delegator whose plain subgenerator does not catch them: close() succeeds, the thrown exception propagates (StopIteration as RuntimeError), and both generators are finished (CPython: test_yield_from.TestInterestingEdgeCases.test_close_and_throw_work)."""


def inner():
    yield "first"
    yield "second"
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
