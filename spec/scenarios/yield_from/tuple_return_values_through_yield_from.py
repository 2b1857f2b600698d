"""The value a subgenerator returns, a tuple included, is the result of yield from in the delegator, also when the subgenerator returns from a handler of a thrown exception (CPython: test_yield_from.TestPEP380Operation.test_generator_return_value, test_yield_from.TestPEP380Operation.test_catching_exception_from_subgen_and_returning)."""


def sub(v):
    emit("starting sub")
    yield "sub spam"
    yield "sub more spam"
    emit("finishing sub")
    if v:
        return v


def delegator():
    yield "ham"
    ret = yield from sub(None)
    emit(ret)
    for v in (1, (2,), ("a", None)):
        ret = yield from sub(v)
        emit(ret)
    yield "eggs"


def catching_sub(value):
    try:
        yield 1
    except ValueError:
        emit("sub caught ValueError")
    return value


def outer(value):
    v = yield from catching_sub(value)
    emit(v)
    yield v


def outer_of_tuple():
    v = yield from catching_sub((2,))
    yield v


DRIVE = [
    ("new", "g", "delegator"),
    ("drain", "g"),
    ("new", "o", "outer", 2),
    ("next", "o"),
    ("throw", "o", "ValueError"),
    ("new", "p", "outer_of_tuple"),
    ("next", "p"),
    ("throw", "p", "ValueError"),
]
