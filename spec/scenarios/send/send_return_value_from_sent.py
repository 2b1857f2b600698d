"""A value sent into the final yield can flow into the return value carried by StopIteration."""


def collect():
    a = yield "a?"
    b = yield "b?"
    return a + b


DRIVE = [
    ("new", "g", "collect"),
    ("next", "g"),
    ("send", "g", 20),
    ("send", "g", 22),
]
