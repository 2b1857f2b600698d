"""A generator's __name__ and __qualname__ are its function's name (a module-level function's qualified name is its name), before it runs, inside its body and once closed; they are no attributes of other values (CPython: test_generators doctest syntax "Test the __name__ attribute and the repr()"; GeneratorTest.test_name)."""


def fib():
    me = yield "hand me myself"
    yield me.__name__
    yield me.__qualname__


def names(g):
    emit(g.__name__)
    emit(g.__qualname__)
    yield g
    next(g)
    emit(g.__name__ == "fib")
    g.close()
    yield g.__qualname__
    try:
        raise KeyError("k")
    except KeyError as e:
        yield e.__name__


def not_a_generator(x):
    yield x.__name__


DRIVE = [
    ("new", "f", "fib"),
    ("new", "n", "names", "@f"),
    ("drain", "n"),
    ("new", "g", "fib"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("next", "g"),
    ("new", "i", "not_a_generator", 1),
    ("next", "i"),
    ("new", "s", "not_a_generator", "text"),
    ("next", "s"),
]
