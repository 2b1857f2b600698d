"""send() to an exhausted generator raises StopIteration with value None, even for a non-None value."""


def once():
    x = yield 1
    return x


DRIVE = [
    ("new", "g", "once"),
    ("next", "g"),
    ("send", "g", 42),
    ("send", "g", 43),
    ("send", "g", None),
    ("state", "g"),
]
