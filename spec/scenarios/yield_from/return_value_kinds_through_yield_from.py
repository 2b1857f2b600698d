"""Whatever a subgenerator returns, None, an int, a str or a StopIteration object, is exactly the value of yield from; a returned StopIteration is not unwrapped (CPython: test_yield_from.TestPEP380Operation.test_generator_return_value)."""


def g2(kind):
    emit("Starting g2")
    yield "g2 spam"
    yield "g2 more spam"
    emit("Finishing g2")
    if kind == 1:
        return 1
    if kind == 2:
        return "two"
    if kind == 3:
        try:
            raise StopIteration(3)
        except StopIteration as e:
            return e


def g1():
    emit("Starting g1")
    yield "g1 ham"
    for kind in range(4):
        ret = yield from g2(kind)
        emit(ret)
    yield "g1 eggs"
    emit("Finishing g1")


DRIVE = [
    ("new", "g", "g1"),
    ("drain", "g"),
]
