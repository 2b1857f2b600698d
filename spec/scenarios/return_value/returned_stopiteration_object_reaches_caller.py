"""A generator returning a StopIteration object ends next() or send() with a StopIteration whose value is that object (CPython: test_yield_from.TestPEP380Operation.test_next_and_return_with_value, test_send_and_return_with_value)."""


def returns_stop(n):
    x = yield
    emit(x)
    try:
        raise StopIteration(n)
    except StopIteration as e:
        return e


DRIVE = [
    ("new", "a", "returns_stop", 3),
    ("next", "a"),
    ("next", "a"),
    ("new", "b", "returns_stop", 4),
    ("next", "b"),
    ("send", "b", "spam"),
    ("next", "b"),
]
