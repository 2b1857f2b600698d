"""Indexing past a tuple's end raises IndexError, a non-int index or subscripting a non-tuple raises TypeError, and len() of an int raises TypeError, with CPython's messages."""


def errors(t, i):
    try:
        yield t[i]
    except IndexError as e:
        emit(e)
    try:
        yield t["0"]
    except TypeError as e:
        emit(e)
    try:
        yield i[0]
    except TypeError as e:
        emit(e)
    try:
        yield len(i)
    except TypeError as e:
        emit(e)
    try:
        yield (1,) < ("a",)
    except TypeError as e:
        emit(e)
    yield t[i]


def caller():
    yield from errors((1, 2), 2)


DRIVE = [
    ("new", "g", "caller"),
    ("drain", "g"),
]
