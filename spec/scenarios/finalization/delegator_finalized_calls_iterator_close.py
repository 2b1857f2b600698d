"""A generator delegating to an iterator object with a close method calls it when the generator is finalized, before its own finally block runs."""


class Closable:
    def __iter__(self):
        return self

    def __next__(self):
        return "item"

    def close(self):
        emit("close method")


def delegator():
    try:
        yield from Closable()
    finally:
        emit("delegator finally")


DRIVE = [
    ("new", "g", "delegator"),
    ("next", "g"),
    ("del", "g"),
    ("new", "h", "delegator"),
    ("next", "h"),
]
