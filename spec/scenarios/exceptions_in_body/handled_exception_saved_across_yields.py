"""The exception a generator's except block handles stays the handled one across yields, whoever resumes it, nested handlers restore the outer one when they end, and none is handled after the last (CPython: test_generators.ExceptionTest.test_except_throw)."""


def handled():
    try:
        raise
    except BaseException as e:
        return e


def nested():
    try:
        raise ValueError("outer")
    except ValueError:
        yield handled()
        try:
            raise KeyError("inner")
        except KeyError:
            yield handled()
        yield handled()
    yield handled()


def resumer(g):
    try:
        raise IndexError("resumer's")
    except IndexError:
        yield next(g)
        yield next(g)
        yield next(g)
        yield next(g)


DRIVE = [
    ("new", "g", "nested"),
    ("drain", "g"),
    ("new", "g", "nested"),
    ("new", "r", "resumer", "@g"),
    ("drain", "r"),
]
