"""An exception thrown into a delegator whose yield from sits inside an except block goes to the subgenerator first and, uncaught, leaves both generators, not the exception being handled (CPython: test_generators.GeneratorThrowTest.test_exception_context_with_yield_from)."""


def f():
    yield "in f"


def g():
    try:
        raise KeyError("a")
    except Exception as e:
        emit(e)
        yield from f()
        emit("not reached")


DRIVE = [
    ("new", "gen", "g"),
    ("send", "gen", None),
    ("throw", "gen", "ValueError"),
    ("state", "gen"),
]
