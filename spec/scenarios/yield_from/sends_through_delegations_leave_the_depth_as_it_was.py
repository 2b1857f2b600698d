"""Resuming a generator through a yield from of an iterator object, and through a chain whose innermost subgenerator returns, leaves the recursion depth where it was: the headroom measured afterwards is unchanged."""


def headroom(n):
    try:
        return headroom(n + 1)
    except RecursionError:
        return n


class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("counted")
        return self.n


def over_iterator():
    r = yield from Counter()
    yield r


def leaf():
    yield "leaf 1"
    yield "leaf 2"
    return "leaf done"


def middle():
    r = yield from leaf()
    yield r
    yield "middle last"


def top():
    yield from middle()


def measurer():
    before = headroom(0)
    for x in over_iterator():
        emit(x)
    yield headroom(0) - before
    for x in top():
        emit(x)
    yield headroom(0) - before


DRIVE = [
    ("new", "m", "measurer"),
    ("drain", "m"),
]
