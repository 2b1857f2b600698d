"""A lambda whose body is a yield expression is a generator function, and it returns its body's value as a def with that return statement would: the value sent into its yield, or what its yield from returns (CPython: test_generators.FinalizationTest.test_lambda_generator)."""

f = lambda: (yield 1)


def g():
    return (yield 1)


f2 = lambda: (yield from g())


def g2():
    return (yield from g())


f3 = lambda: (yield from f())


def g3():
    return (yield from f())


def kinds():
    yield type(f()).__name__
    yield type(f3()).__name__
    yield next(f())
    made = f2()
    yield made.__name__
    yield made.gi_code is f2.__code__


DRIVE = [
    ("new", "k", "kinds"),
    ("drain", "k"),
    ("new", "a", "f"),
    ("next", "a"),
    ("send", "a", 2),
    ("new", "b", "g"),
    ("next", "b"),
    ("send", "b", 2),
    ("new", "c", "f2"),
    ("next", "c"),
    ("send", "c", 2),
    ("new", "d", "g2"),
    ("next", "d"),
    ("send", "d", 2),
    ("new", "e", "f3"),
    ("next", "e"),
    ("send", "e", 2),
    ("new", "h", "g3"),
    ("next", "h"),
    ("send", "h", 2),
]
