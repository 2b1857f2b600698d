"""Builtin hierarchy applies in generator bodies: KeyError is caught by except LookupError, ZeroDivisionError by except ArithmeticError."""


def worker():
    try:
        raise KeyError("k")
    except LookupError as e:
        emit(e)
    yield 1
    try:
        yield 10 // 0
    except ArithmeticError as e:
        emit(e)
    yield 2


DRIVE = [
    ("new", "g", "worker"),
    ("drain", "g"),
]
