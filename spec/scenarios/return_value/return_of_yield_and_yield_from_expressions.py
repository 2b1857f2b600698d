"""return (yield 1) returns the value sent to that yield, and return (yield from g()) the subgenerator's return value, directly or through another such generator (CPython: test_generators.FinalizationTest.test_lambda_generator)."""


def g():
    return (yield 1)


def g2():
    return (yield from g())


def g3():
    return (yield from g2())


DRIVE = [
    ("new", "a", "g"),
    ("next", "a"),
    ("send", "a", 2),
    ("new", "b", "g2"),
    ("next", "b"),
    ("send", "b", 2),
    ("new", "c", "g3"),
    ("next", "c"),
    ("send", "c", "two"),
]
