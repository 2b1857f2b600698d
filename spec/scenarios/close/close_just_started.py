"""Closing a just-started generator runs none of its body, not even finally blocks, and leaves it GEN_CLOSED."""


def body():
    try:
        emit("body runs")
        yield 1
    finally:
        emit("finally")


DRIVE = [
    ("new", "g", "body"),
    ("close", "g"),
    ("state", "g"),
    ("next", "g"),
]
