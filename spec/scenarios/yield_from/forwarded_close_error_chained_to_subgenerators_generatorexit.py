"""An exception raised in a subgenerator's finally while close() is forwarded to it has the GeneratorExit close() threw as its __context__ (CPython: test_yield_from.TestPEP380Operation.test_handing_exception_while_delegating_close)."""


def exploding():
    try:
        yield "spam"
    finally:
        raise ValueError("nybbles have exploded with delight")


def delegating():
    yield "ham"
    yield from exploding()


def driver():
    g = delegating()
    next(g)
    next(g)
    try:
        g.close()
    except ValueError as e:
        emit((e, e.__context__))
    yield state(g)


DRIVE = [
    ("new", "d", "driver"),
    ("next", "d"),
]
