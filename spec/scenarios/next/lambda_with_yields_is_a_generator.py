"""A lambda with yield expressions in its body makes a generator, named <lambda>, that yields each of them in order and then returns the body's value, not the value of the first yield (CPython: test_generators doctest syntax "Lambdas shouldn't have their usual return behavior.")."""

one = lambda: (yield 1)
two = lambda: ((yield 1), (yield 2))
named = lambda n: (yield n * 10)


def listed(g):
    for x in g:
        emit(x)
    yield "listed"
    yield g


DRIVE = [
    ("new", "a", "one"),
    ("new", "l", "listed", "@a"),
    ("drain", "l"),
    ("new", "b", "two"),
    ("drain", "b"),
    ("new", "c", "two"),
    ("next", "c"),
    ("send", "c", "x"),
    ("send", "c", "y"),
    ("new", "n", "named", 4),
    ("next", "n"),
    ("state", "n"),
]
