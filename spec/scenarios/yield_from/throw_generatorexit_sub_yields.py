"""Throwing GeneratorExit into a delegator whose subgenerator answers it by yielding raises RuntimeError "generator ignored GeneratorExit" out of throw() (CPython: test_yield_from.TestPEP380Operation.test_throwing_GeneratorExit_into_subgenerator_that_yields)."""


def f():
    try:
        emit("Enter f")
        yield
        emit("Exit f")
    except GeneratorExit:
        yield


def g():
    emit("Enter g")
    yield from f()
    emit("Exit g")


DRIVE = [
    ("new", "gi", "g"),
    ("next", "gi"),
    ("throw", "gi", "GeneratorExit"),
    ("state", "gi"),
]
