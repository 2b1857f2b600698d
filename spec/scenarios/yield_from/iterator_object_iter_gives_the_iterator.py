"""yield from calls the object's __iter__ and delegates to what it returns (a generator too), which must be an iterator; an object without __iter__ is not iterable."""


def numbers():
    yield 1
    return "numbers returned"


class GivesGenerator:
    def __iter__(self):
        emit("__iter__")
        return numbers()


class GivesInt:
    def __iter__(self):
        return 5


class NoIter:
    def __next__(self):
        return 0


def delegator():
    r = yield from GivesGenerator()
    emit(r)
    try:
        yield from GivesInt()
    except TypeError as e:
        emit(e)
    try:
        yield from NoIter()
    except TypeError as e:
        emit(e)
    yield "end"


DRIVE = [
    ("new", "g", "delegator"),
    ("drain", "g"),
]
