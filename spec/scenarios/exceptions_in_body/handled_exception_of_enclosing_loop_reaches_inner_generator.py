"""A generator iterated by a for loop inside another generator's bare except: block sees that block's exception as handled on every step, not the exception the outermost driver handles (CPython: test_generators.ExceptionTest.test_nested_gen_except_loop)."""


def handled():
    try:
        raise
    except BaseException as e:
        return e


def gen():
    for i in range(3):
        emit(handled())
        yield "doing"


def outer():
    try:
        raise TypeError("outer's")
    except:
        for x in gen():
            yield x


def driver():
    try:
        raise ValueError("driver's")
    except Exception:
        for x in outer():
            emit(x)
    yield handled()


DRIVE = [
    ("new", "d", "driver"),
    ("next", "d"),
]
