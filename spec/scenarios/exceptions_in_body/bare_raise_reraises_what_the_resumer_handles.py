"""A bare raise outside the generator's own except blocks re-raises the exception that the code resuming it is handling, and RuntimeError once that code has left its handler (CPython: test_generators.ExceptionTest.test_except_next)."""


def handled():
    try:
        raise
    except BaseException as e:
        return e


def inner():
    emit(handled())
    yield "first"
    emit(handled())
    yield "second"
    raise


def resumer(g):
    try:
        raise KeyError("resumer's")
    except KeyError:
        yield next(g)
    yield next(g)
    try:
        raise ValueError("again")
    except ValueError:
        try:
            next(g)
        except ValueError as e:
            emit(e)
    yield "done"


DRIVE = [
    ("new", "g", "inner"),
    ("new", "r", "resumer", "@g"),
    ("drain", "r"),
    ("state", "g"),
]
