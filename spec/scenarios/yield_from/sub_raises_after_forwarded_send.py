"""An exception the subgenerator raises after receiving a value sent through yield from propagates out of that send() and closes the delegator (CPython: test_yield_from.TestPEP380Operation.test_handling_exception_while_delegating_send)."""


def g2():
    emit("Starting g2")
    x = yield "g2 spam"
    emit(x)
    raise ValueError("hovercraft is full of eels")
    x = yield "g2 more spam"
    emit(x)


def g1():
    emit("Starting g1")
    x = yield "g1 ham"
    emit(x)
    yield from g2()
    x = yield "g1 eggs"
    emit(x)


DRIVE = [
    ("new", "g", "g1"),
    ("next", "g"),
    ("send", "g", 1),
    ("send", "g", 2),
    ("state", "g"),
    ("send", "g", 3),
]
