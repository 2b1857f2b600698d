"""Finalizing a delegator closes its subgenerator even when the driver still holds that subgenerator."""


def inner():
    try:
        yield "inner 1"
        yield "inner 2"
    finally:
        emit("inner finally")


def outer(sub):
    yield from sub
    yield "outer"


DRIVE = [
    ("new", "s", "inner"),
    ("new", "g", "outer", "@s"),
    ("next", "g"),
    ("del", "g"),
    ("state", "s"),
    ("next", "s"),
]
