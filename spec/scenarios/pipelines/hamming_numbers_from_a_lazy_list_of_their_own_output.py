"""A generator that reads its own earlier output through a memoizing object: m235 yields 1, then merges three times() streams that iterate the lazy list holding m235 itself, each step of which fetches from m235 only items it has already produced, so the Hamming numbers come out in order with no generator resumed while running (CPython: test_generators doctest fun, m235 with LazyList)."""


class LazyList:
    def __init__(self):
        self.sofar = ()
        self.fetch = None

    def start(self, g):
        self.fetch = g

    def get(self, i):
        while i >= len(self.sofar):
            self.sofar = self.sofar + (next(self.fetch),)
        return self.sofar[i]

    def __iter__(self):
        return items(self)


def items(lazy):
    i = 0
    while True:
        yield lazy.get(i)
        i += 1


def times(n, g):
    for i in g:
        yield n * i


def merge(g, h):
    ng = next(g)
    nh = next(h)
    while 1:
        if ng < nh:
            yield ng
            ng = next(g)
        elif ng > nh:
            yield nh
            nh = next(h)
        else:
            yield ng
            ng = next(g)
            nh = next(h)


def m235(me):
    yield 1
    me_times2 = times(2, me)
    me_times3 = times(3, me)
    me_times5 = times(5, me)
    for i in merge(merge(me_times2, me_times3), me_times5):
        yield i


def rows(count):
    lazy = LazyList()
    lazy.start(m235(lazy))
    for i in range(count):
        row = ()
        for j in range(15 * i, 15 * (i + 1)):
            row = row + (lazy.get(j),)
        yield row


DRIVE = [
    ("new", "r", "rows", 5),
    ("drain", "r"),
]
