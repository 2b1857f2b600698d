"""g.throw(TypeError, TypeError(24), None) warns DeprecationWarning from 3.12 and then raises that TypeError out of a generator that does not catch it (CPython: test_generators.ExceptionTest.test_gen_3_arg_deprecation_warning)."""


def answer():
    yield 42


def thrower(g):
    try:
        g.throw(TypeError, TypeError(24), None)
    except TypeError as e:
        emit(e)
    yield state(g)


DRIVE = [
    ("new", "g", "answer"),
    ("new", "t", "thrower", "@g"),
    ("next", "t"),
]
