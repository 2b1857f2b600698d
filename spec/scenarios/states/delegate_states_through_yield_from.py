"""A subgenerator under yield from is GEN_SUSPENDED whenever the delegator is, and GEN_CLOSED once the yield from has completed."""


def inner():
    yield "i1"
    yield "i2"


def outer(sub):
    yield from sub
    yield "after"


DRIVE = [
    ("new", "sub", "inner"),
    ("new", "g", "outer", "@sub"),
    ("state", "sub"),
    ("next", "g"),
    ("state", "sub"),
    ("state", "g"),
    ("next", "g"),
    ("next", "g"),
    ("state", "sub"),
    ("state", "g"),
]
