"""send(None) to a generator delegating to a range iterator advances the iterator as next() does (CPython: test_yield_from.TestPEP380Operation.test_conversion_of_sendNone_to_next)."""


def stepper():
    yield from range(0, 10, 4)


DRIVE = [
    ("new", "g", "stepper"),
    ("send", "g", None),
    ("send", "g", None),
    ("next", "g"),
    ("send", "g", None),
]
