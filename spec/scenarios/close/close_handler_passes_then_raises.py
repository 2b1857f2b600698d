"""A generator that swallows GeneratorExit and then raises another exception after its handler makes close() raise that exception (CPython: test_generators.GeneratorCloseTest.test_close_raises)."""


def swallower():
    try:
        yield "ready"
    except GeneratorExit:
        emit("swallowed")
    raise RuntimeError("after exit")


DRIVE = [
    ("new", "g", "swallower"),
    ("send", "g", None),
    ("close", "g"),
    ("state", "g"),
    ("next", "g"),
]
