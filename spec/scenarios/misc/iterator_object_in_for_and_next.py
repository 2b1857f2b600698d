"""An iterator object works in a for loop, whose end its __next__'s StopIteration marks, and with next(), with or without a default."""


class Counter:
    def __init__(self, stop):
        self.current = 0
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self):
        if self.current >= self.stop:
            raise StopIteration
        self.current += 1
        return self.current


def user():
    for x in Counter(3):
        emit(x)
    c = Counter(1)
    yield next(c)
    yield next(c, "default")
    yield c.current
    yield next(c)


DRIVE = [
    ("new", "g", "user"),
    ("drain", "g"),
]
