"""Throwing GeneratorExit into a delegator whose subgenerator answers it with another exception makes throw() raise that exception (CPython: test_yield_from.TestPEP380Operation.test_throwing_GeneratorExit_into_subgen_that_raises)."""


def f():
    try:
        emit("Enter f")
        yield
        emit("Exit f")
    except GeneratorExit:
        raise ValueError("Vorpal bunny encountered")


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
