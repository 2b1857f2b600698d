"""A StopIteration object sent into a generator and returned by it becomes the .value of the StopIteration that ends it, not unwrapped (CPython: test_generators.ExceptionTest.test_return_stopiteration)."""


def echo_once():
    x = yield 1
    return x


def sender():
    g = echo_once()
    emit(next(g))
    try:
        raise StopIteration(2)
    except StopIteration as carried:
        try:
            g.send(carried)
        except StopIteration as e:
            v = e.value
            emit(v)
            emit(v.value)
    yield "done"


DRIVE = [
    ("new", "g", "sender"),
    ("drain", "g"),
]
