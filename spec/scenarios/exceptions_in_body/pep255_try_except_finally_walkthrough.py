"""Yields inside try, except and finally clauses suspend and resume in place: a re-raised error skips to the outer handler, and a finally reached normally yields before the body goes on (CPython: test_generators doctest pep "Specification: Try/Except/Finally")."""


def f():
    try:
        yield 1
        try:
            yield 2
            x = 1 // 0
            yield 3
        except ZeroDivisionError:
            yield 4
            yield 5
            raise
        except BaseException:
            yield 6
        yield 7
    except BaseException:
        yield 8
    yield 9
    try:
        x = 12
    finally:
        yield 10
    yield 11


DRIVE = [
    ("new", "g", "f"),
    ("drain", "g"),
]
