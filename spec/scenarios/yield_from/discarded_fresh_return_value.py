"""A return value built at run time, referenced only by the StopIteration that carries it, is dropped safely when a yield from statement discards it (CPython: test_yield_from.TestPEP380Operation.test_exception_value_crash)."""


def g2(a, b):
    yield "g2"
    return a + b


def g1():
    yield from g2("4", "2")


def consumer():
    for item in g1():
        yield item
    yield "after"


DRIVE = [
    ("new", "g", "consumer"),
    ("drain", "g"),
]
