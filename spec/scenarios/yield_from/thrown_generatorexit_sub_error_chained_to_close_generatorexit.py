"""GeneratorExit thrown into a delegator closes the subgenerator with a GeneratorExit of its own: an exception the subgenerator raises from its handler has that one, not the thrown one, as __context__ (CPython: test_yield_from.TestPEP380Operation.test_throwing_GeneratorExit_into_subgen_that_raises)."""


def g2():
    try:
        emit("Enter g2")
        yield
    except GeneratorExit as e:
        emit(e)
        raise ValueError("Vorpal bunny encountered")


def g1():
    try:
        emit("Enter g1")
        yield from g2()
    finally:
        emit("Exit g1")


def driver():
    g = g1()
    next(g)
    try:
        g.throw(GeneratorExit("spanish inquisition"))
    except ValueError as e:
        emit(e.args[0])
        emit(e.__context__)
    yield "done"


DRIVE = [
    ("new", "d", "driver"),
    ("next", "d"),
]
