"""From 3.9 an exception thrown through a yield from inside the delegator's except block, and raised out of the subgenerator, gets the exception the delegator handles as its __context__; 3.8 chains nothing (CPython: test_generators.GeneratorThrowTest.test_exception_context_with_yield_from)."""


def sub():
    yield "sub"


def delegator():
    try:
        raise KeyError("a")
    except KeyError:
        yield from sub()


def driver():
    g = delegator()
    next(g)
    try:
        g.throw(ValueError("thrown"))
    except ValueError as e:
        emit(e.__context__)
    yield "done"


DRIVE = [
    ("new", "d", "driver"),
    ("next", "d"),
]
