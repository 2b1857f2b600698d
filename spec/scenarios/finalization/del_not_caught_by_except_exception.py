"""Finalization's GeneratorExit is not caught by except Exception, so only the finally block runs when a suspended generator is dropped (CPython: test_generators doctest coroutine "GeneratorExit is not caught by except Exception")."""


def f():
    try:
        yield
    except Exception:
        emit("except")
    finally:
        emit("finally")


DRIVE = [
    ("new", "g", "f"),
    ("next", "g"),
    ("del", "g"),
]
