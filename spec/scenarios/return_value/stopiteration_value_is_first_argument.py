"""A StopIteration's value is its first argument, or None when it has none (CPython: test_yield_from.TestPEP380Operation.test_value_attribute_of_StopIteration_exception)."""


def inspector():
    try:
        raise StopIteration
    except StopIteration as e:
        yield e
        yield e.value
    try:
        raise StopIteration("spam")
    except StopIteration as e:
        yield e
        yield e.value
        yield e.args[0]


DRIVE = [
    ("new", "g", "inspector"),
    ("drain", "g"),
]
