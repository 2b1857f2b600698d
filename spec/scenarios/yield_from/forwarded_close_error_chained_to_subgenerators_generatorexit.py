"""An exception raised in a subgenerator's finally while close() is forwarded to it has the GeneratorExit close() threw as its __context__ (CPython: test_yield_from.TestPEP380Operation.test_handing_exception_while_delegating_close)."""


def g2():
    try:
        emit("Starting g2")
        yield "g2 spam"
        yield "g2 more spam"
    finally:
        emit("Finishing g2")
        raise ValueError("nybbles have exploded with delight")


def g1():
    try:
        emit("Starting g1")
        yield "g1 ham"
        yield from g2()
        yield "g1 eggs"
    finally:
        emit("Finishing g1")


def driver():
    g = g1()
    emit(next(g))
    emit(next(g))
    try:
        g.close()
    except ValueError as e:
        emit(e.args)
        emit(e.__context__)
    yield "done"


DRIVE = [
    ("new", "d", "driver"),
    ("next", "d"),
]
