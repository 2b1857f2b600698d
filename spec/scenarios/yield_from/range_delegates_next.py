"""yield from range(...) yields each int of the range to the delegator's caller, then continues the delegator with None as its result (CPython: test_yield_from.TestPEP380Operation.test_delegation_of_next_to_non_generator)."""


def counter(start, stop):
    emit("before")
    result = yield from range(start, stop)
    emit(result)
    yield "after"


DRIVE = [
    ("new", "g", "counter", 3, 6),
    ("drain", "g"),
]
