"""return inside a try is not an exception, so a catch-all handler never sees it, whereas a StopIteration raised in the body is caught like any other exception (CPython: test_generators doctests tut and pep "Specification: Return", email "explicitly raising StopIteration")."""


def returns_in_try():
    try:
        return
    except BaseException:
        yield 1


def raises_in_try():
    try:
        raise StopIteration
    except BaseException:
        yield 42


def raises_between_yields():
    yield 1
    try:
        raise StopIteration
    except BaseException:
        yield 2
    yield 3


DRIVE = [
    ("new", "a", "returns_in_try"),
    ("drain", "a"),
    ("new", "b", "raises_in_try"),
    ("drain", "b"),
    ("new", "c", "raises_between_yields"),
    ("drain", "c"),
]
