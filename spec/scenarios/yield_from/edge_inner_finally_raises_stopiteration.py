"""A subgenerator whose finally raises StopIteration turns close() and every throw() into RuntimeError "generator raised StopIteration" (PEP 479) (CPython: test_yield_from.TestInterestingEdgeCases.test_close_and_throw_raise_stop_iteration)."""


def inner():
    try:
        yield "first"
        yield "second"
        return "returned"
    finally:
        raise StopIteration("raised")


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
