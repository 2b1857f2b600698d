"""A KeyboardInterrupt thrown into a delegating generator is raised in the innermost subgenerator, whose handler's return value ends the whole chain (CPython: test_generators.SignalAndYieldFromTest.test_raise_and_yield_from)."""


def waiter():
    try:
        yield "waiting"
    except KeyboardInterrupt:
        emit("interrupted inside")
        return "PASSED"
    return "FAILED"


def delegator():
    result = yield from waiter()
    return result


DRIVE = [
    ("new", "g", "delegator"),
    ("send", "g", None),
    ("throw", "g", "KeyboardInterrupt"),
    ("state", "g"),
]
