"""Assigning a str to a generator's __name__ or __qualname__ renames that generator only, each name separately, and leaves its gi_code the function's; anything but a str is refused with TypeError and changes nothing (CPython: test_generators.GeneratorTest.test_name)."""


def func():
    me = yield 1
    me.__name__ = "renamed_inside"
    yield me


def rename(g, name):
    try:
        g.__name__ = name
    except TypeError as e:
        return e
    return g.__name__


def requalify(g, name):
    try:
        g.__qualname__ = name
    except TypeError as e:
        return e
    return g.__qualname__


def names():
    gen = func()
    yield rename(gen, "name")
    yield gen.__qualname__
    yield requalify(gen, "qualname")
    yield gen.__name__ + " " + gen.__qualname__
    yield gen
    yield gen.gi_code is func.__code__
    yield rename(gen, 123)
    yield requalify(gen, None)
    yield gen.__name__ + " " + gen.__qualname__
    other = func()
    yield other
    yield other.__qualname__
    try:
        raise KeyError("k")
    except KeyError as e:
        e.__name__ = "kept"
        yield e.__name__
    n = 5
    yield rename(n, "x")


DRIVE = [
    ("new", "n", "names"),
    ("drain", "n"),
    ("new", "g", "func"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("state", "g"),
    ("next", "g"),
]
