"""Throwing GeneratorExit into a delegator whose subgenerator answers it by returning still raises GeneratorExit at the yield from, so throw() raises GeneratorExit (CPython: test_yield_from.TestPEP380Operation.test_throwing_GeneratorExit_into_subgen_that_returns)."""


def f():
    try:
        emit("Enter f")
        yield
        emit("Exit f")
    except GeneratorExit:
        return "ignored value"


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
