"""Dropping a generator that was created but never started runs none of its body, not even finally."""


def guarded():
    emit("body")
    try:
        yield 1
    finally:
        emit("finally")


DRIVE = [
    ("new", "g", "guarded"),
    ("state", "g"),
    ("del", "g"),
    ("new", "h", "guarded"),
]
