"""Any non-None value, including a string or False, sent to a just-started generator raises TypeError."""


def echo():
    x = yield "ready"
    yield x


DRIVE = [
    ("new", "g", "echo"),
    ("send", "g", "hello"),
    ("send", "g", False),
    ("send", "g", 0),
    ("state", "g"),
    ("send", "g", None),
    ("send", "g", "hello"),
]
