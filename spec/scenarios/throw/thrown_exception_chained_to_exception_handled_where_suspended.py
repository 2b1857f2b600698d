"""From 3.9 an exception thrown into a generator suspended inside an except block gets the exception that block handles as its __context__, seen both in a nested handler and where it propagates out; 3.8 chains nothing (CPython: test_generators.GeneratorThrowTest.test_exception_context_with_yield, test_exception_context_with_yield_inside_generator)."""


def nested():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            yield "in handler"
        except ValueError as e:
            emit(e.__context__)
            yield "b"


def plain():
    try:
        raise KeyError("a")
    except KeyError:
        yield "in handler"


def driver():
    g = nested()
    next(g)
    emit(g.throw(ValueError("thrown")))
    g = plain()
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
