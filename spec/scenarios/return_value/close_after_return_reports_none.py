"""close() on a generator that already returned a value returns None: the value was delivered once, by StopIteration."""


def body():
    yield 1
    return "delivered"


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("next", "g"),
    ("close", "g"),
]
