"""An exception thrown into a generator delegating to an iterator without a throw method is raised in the delegator at the yield from, ending the delegation (CPython: test_yield_from.TestPEP380Operation.test_delegating_throw_to_non_generator)."""


def uncaught():
    try:
        emit("starting")
        yield from range(10)
    finally:
        emit("finishing")


def caught():
    try:
        yield from range(10)
    except ValueError as e:
        emit(e.args[0])
    yield "after the delegation"
    yield from range(20, 22)


DRIVE = [
    ("new", "g", "uncaught"),
    ("next", "g"),
    ("next", "g"),
    ("throw", "g", "ValueError", "tomato ejected"),
    ("state", "g"),
    ("new", "c", "caught"),
    ("next", "c"),
    ("throw", "c", "ValueError", "caught here"),
    ("next", "c"),
    ("throw", "c", "KeyError"),
]
