"""StopIteration.value is its first argument (None without one) until it is assigned, after which it reads the assigned value while args keep the argument; any exception stores an assigned value, and a generator, int, str or tuple has no __dict__ to store one in (CPython: test_yield_from.TestPEP380Operation.test_value_attribute_of_StopIteration_exception)."""


def caught(n):
    try:
        if n == 0:
            raise StopIteration()
        raise StopIteration("spam")
    except StopIteration as e:
        return e


def pex(e):
    emit(e.args)
    emit(e.value)


def values():
    e = caught(0)
    pex(e)
    e = caught(1)
    pex(e)
    e.value = "eggs"
    pex(e)
    e.value = None
    yield e.value
    yield e
    try:
        raise ValueError("v")
    except ValueError as other:
        other.value = 42
        yield other.value
        yield other


def store(x):
    try:
        x.value = 1
    except AttributeError as e:
        yield e
    yield "stored"


def unset(x):
    yield x.value


DRIVE = [
    ("new", "g", "values"),
    ("drain", "g"),
    ("new", "v", "values"),
    ("new", "s", "store", "@v"),
    ("drain", "s"),
    ("new", "i", "store", 3),
    ("next", "i"),
    ("new", "t", "store", "text"),
    ("next", "t"),
    ("new", "u", "unset", 3),
    ("next", "u"),
]
