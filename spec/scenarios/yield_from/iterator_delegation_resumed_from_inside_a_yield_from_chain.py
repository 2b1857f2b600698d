"""A generator suspended in a yield from of an iterator object can be resumed from the body of a subgenerator two levels down another yield from chain, on every resume of that chain."""


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n


def over_countdown():
    r = yield from Countdown(3)
    yield r


def leaf(other):
    yield next(other)
    yield next(other)
    yield next(other)
    yield next(other)


def middle(other):
    yield from leaf(other)


def top():
    yield from middle(over_countdown())


DRIVE = [
    ("new", "t", "top"),
    ("drain", "t"),
]
