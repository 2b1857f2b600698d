"""A generator's gi_code is its function's code object, the same one for every generator of that function and still after the generator is exhausted, and not another function's; a value that is not a generator has no gi_code (CPython: test_generators doctest syntax "Test the gi_code attribute")."""


def f():
    yield 5


def other():
    yield 6


def check(x):
    yield x.gi_code is f.__code__
    yield x.gi_code is not other.__code__


def codes():
    g = f()
    h = f()
    emit(g.gi_code is f.__code__)
    emit(h.gi_code is f.__code__)
    emit(g.gi_code is other.__code__)
    yield next(g)
    for x in g:
        emit(x)
    emit(g.gi_code is f.__code__)
    emit(g.gi_code is not f.__code__)
    n = 5
    try:
        emit(n.gi_code is f.__code__)
    except AttributeError as e:
        yield e


DRIVE = [
    ("new", "g", "codes"),
    ("drain", "g"),
    ("new", "o", "other"),
    ("new", "c", "check", "@o"),
    ("drain", "c"),
    ("new", "d", "check", "@c"),
    ("next", "d"),
    ("new", "e", "check", "text"),
    ("next", "e"),
]
