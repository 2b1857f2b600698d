"""While a delegator is suspended in yield from, the subgenerator can be advanced directly, and the delegator resumes from the subgenerator's current position."""


def numbers():
    yield 1
    yield 2
    yield 3
    yield 4


def outer(sub):
    yield from sub
    yield "outer end"


DRIVE = [
    ("new", "sub", "numbers"),
    ("new", "g", "outer", "@sub"),
    ("next", "g"),
    ("next", "sub"),
    ("state", "sub"),
    ("next", "g"),
    ("next", "sub"),
    ("next", "g"),
]
