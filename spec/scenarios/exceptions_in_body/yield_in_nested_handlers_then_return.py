"""A yield in a handler of an inner try resumes inside that handler, and a catch-all outer handler that returns ends the generator cleanly (CPython: test_generators doctest syntax, the nested try example yielding [12, 666])."""


def f():
    try:
        try:
            yield 12
            x = 1 // 0
        except ZeroDivisionError:
            yield 666
        except BaseException:
            try:
                x = 12
            finally:
                yield 12
    except BaseException:
        return


DRIVE = [
    ("new", "g", "f"),
    ("drain", "g"),
]
