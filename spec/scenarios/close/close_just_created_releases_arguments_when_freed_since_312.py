"""Closing a just-created generator releases its arguments at once before CPython 3.12; from 3.12 on they stay alive until the closed generator itself is freed."""


def child():
    try:
        yield "child running"
    finally:
        emit("child finalized")


def holder(held):
    yield held


DRIVE = [
    ("new", "c", "child"),
    ("next", "c"),
    ("new", "h", "holder", "@c"),
    ("del", "c"),
    ("close", "h"),
    ("state", "h"),
    ("del", "h"),
]
