"""An unbound attribute raises AttributeError naming the class, next() of an object without __next__ raises TypeError, and __init__ must return None, with CPython's messages."""


class Partial:
    def __init__(self, x):
        if x:
            self.a = 1

    def read(self):
        return self.a


class BadInit:
    def __init__(self):
        return 1


class NotAnIterator:
    def __iter__(self):
        return self


def checker():
    unset = Partial(False)
    try:
        yield unset.read()
    except AttributeError as e:
        emit(e)
    set_one = Partial(True)
    yield set_one.read()
    try:
        yield next(NotAnIterator())
    except TypeError as e:
        emit(e)
    try:
        yield BadInit()
    except TypeError as e:
        emit(e)
    yield set_one.a
    yield unset.a


DRIVE = [
    ("new", "g", "checker"),
    ("drain", "g"),
]
