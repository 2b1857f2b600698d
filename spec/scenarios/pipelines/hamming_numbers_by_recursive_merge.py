"""Hamming numbers (2**i * 3**j * 5**k) come out in increasing order from a generator that merges scaled copies of fresh recursive instances of itself (CPython: test_generators doctest fun, the first m235)."""


def times(n, g):
    for i in g:
        yield n * i


def merge(g, h):
    ng = next(g)
    nh = next(h)
    while True:
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


def m235():
    yield 1
    me_times2 = times(2, m235())
    me_times3 = times(3, m235())
    me_times5 = times(5, m235())
    for i in merge(merge(me_times2, me_times3), me_times5):
        yield i


def firstn(g, n):
    for i in range(n):
        yield next(g)


DRIVE = [
    ("new", "result", "m235"),
    ("new", "first", "firstn", "@result", 15),
    ("drain", "first"),
]
