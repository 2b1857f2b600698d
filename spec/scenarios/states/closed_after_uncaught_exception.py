"""A generator whose body raises is GEN_CLOSED afterwards."""


def body():
    yield 1
    raise KeyError("boom")


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("state", "g"),
    ("next", "g"),
    ("state", "g"),
]
