"""Finalizing a delegator whose subgenerator yields instead of closing reports an unraisable RuntimeError after the delegator's finally runs."""


def stubborn():
    try:
        yield "inner"
    finally:
        emit("inner finally yields")
        yield "refused"


def outer():
    try:
        yield from stubborn()
    finally:
        emit("outer finally")


DRIVE = [
    ("new", "g", "outer"),
    ("next", "g"),
    ("del", "g"),
]
