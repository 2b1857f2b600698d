"""Throwing the very exception a delegator handles through its yield from leaves it without itself as __context__: chaining an exception to itself is skipped (CPython: test_generators.GeneratorThrowTest.test_exception_context_with_yield_from_with_context_cycle)."""


def sub():
    yield "sub"


def delegator(exc):
    try:
        raise exc
    except Exception:
        try:
            yield from sub()
        except Exception as e:
            emit(e.__context__ is e)
            emit(e.__context__)
    yield "after"


def driver():
    try:
        raise KeyError("a")
    except KeyError as exc:
        caught = exc
    g = delegator(caught)
    next(g)
    emit(g.throw(caught))
    yield "done"


DRIVE = [
    ("new", "d", "driver"),
    ("next", "d"),
]
