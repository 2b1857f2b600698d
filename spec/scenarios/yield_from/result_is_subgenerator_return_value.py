"""The value of a yield from expression is the subgenerator's return value."""


def adder(a, b):
    yield "adding"
    return a + b


def caller():
    x = yield from adder(2, 3)
    y = yield from adder(x, 10)
    emit(y)
    return y * 2


DRIVE = [
    ("new", "g", "caller"),
    ("drain", "g"),
]
