"""A tuple sent into a generator that returns what it received comes back as StopIteration's value, the same tuple (CPython: test_generators.ExceptionTest.test_return_tuple)."""


def echo_return():
    received = yield 1
    return received


def sender():
    gen = echo_return()
    emit(next(gen))
    sent = (2,)
    try:
        gen.send(sent)
    except StopIteration as e:
        emit(e.value)
        emit(e.value == sent)
        emit(len(e.value))
    yield "done"


DRIVE = [
    ("new", "g", "sender"),
    ("drain", "g"),
]
