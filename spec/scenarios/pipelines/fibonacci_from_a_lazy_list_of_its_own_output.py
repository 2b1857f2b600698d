"""A Fibonacci generator sums two iterators of the lazy list that holds it, one a tail() generator that skips the first item, so each number is computed once from items it produced before; iter() of the lazy list gives a fresh generator each time (CPython: test_generators doctest fun, Fibonacci with LazyList)."""


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


def pairwise_sum(g, h):
    while 1:
        yield next(g) + next(h)


def tail(g):
    next(g)
    for x in g:
        yield x


def fibgen(fib, a, b):
    yield a
    yield b
    for s in pairwise_sum(iter(fib), tail(iter(fib))):
        yield s


def firstn(g, n):
    taken = ()
    for i in range(n):
        taken = taken + (next(g),)
    return taken


def fibonacci(n):
    fib = LazyList()
    fib.start(fibgen(fib, 1, 2))
    yield firstn(iter(fib), n)
    yield iter(fib) is iter(fib)
    yield firstn(iter(fib), 3)


DRIVE = [
    ("new", "f", "fibonacci", 17),
    ("drain", "f"),
]
