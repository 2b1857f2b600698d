"""A subgenerator that yields in its finally makes close() and throw(GeneratorExit) raise RuntimeError "generator ignored GeneratorExit", while another thrown exception gets the finally's value and is raised by the following next() (CPython: test_yield_from.TestInterestingEdgeCases.test_close_and_throw_yield)."""


def inner():
    try:
        yield "first"
    finally:
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
