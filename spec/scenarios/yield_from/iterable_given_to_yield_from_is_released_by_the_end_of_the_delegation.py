"""An iterable whose __iter__ returns another object is not kept by yield from: once the delegation is over, the generator the iterable held has been finalized."""


class Flag:
    def __init__(self):
        self.raised = False

    def raise_it(self):
        self.raised = True


def guarded(flag):
    try:
        yield "guard"
    finally:
        flag.raise_it()


class Steps:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("steps done")
        return self.n


class Iterable:
    def __init__(self, flag):
        self.g = guarded(flag)
        next(self.g)

    def __iter__(self):
        return Steps()


def delegator():
    flag = Flag()
    r = yield from Iterable(flag)
    emit(r)
    yield flag.raised


DRIVE = [
    ("new", "d", "delegator"),
    ("drain", "d"),
]
