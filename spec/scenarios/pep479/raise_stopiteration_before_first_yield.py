"""A StopIteration raised before the first yield is replaced by RuntimeError "generator raised StopIteration" on the very first next() (CPython: test_generators.ExceptionTest.test_stopiteration_error)."""


def gen():
    raise StopIteration
    yield


DRIVE = [
    ("new", "g", "gen"),
    ("next", "g"),
    ("state", "g"),
]
