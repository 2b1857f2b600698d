"""A generator is its own iterator: iter(g) is g, and next() of either advances the same generator; type(g).__name__ is "generator", while iter() of a tuple gives a new tuple_iterator and iter() of an int raises TypeError (CPython: test_generators doctest email "From the Iterators list, about the types of these things.")."""


def g():
    yield 1
    yield 2


def types():
    i = g()
    yield type(i).__name__
    yield iter(i) is i
    yield iter(i) is not i
    it = iter(i)
    yield next(it)
    yield next(i)
    t = (1, 2)
    ti = iter(t)
    yield type(ti).__name__
    yield ti is t
    yield iter(ti) is ti
    yield next(ti)
    yield type(t).__name__
    yield type(None).__name__
    yield type(True).__name__
    yield type("s").__name__ + " " + type(-1).__name__
    try:
        iter(5)
    except TypeError as e:
        yield type(e).__name__
        yield e


DRIVE = [
    ("new", "t", "types"),
    ("drain", "t"),
]
