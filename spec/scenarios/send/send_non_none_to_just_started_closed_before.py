"""A generator closed before it started raises StopIteration, not TypeError, when sent a non-None value."""


def body():
    x = yield 1
    yield x


DRIVE = [
    ("new", "g", "body"),
    ("close", "g"),
    ("send", "g", 5),
    ("state", "g"),
]
