"""Finalizing a generator suspended inside a for loop over a temporary generator releases that iterator while unwinding the loop, before the enclosing finally runs."""


def numbers():
    try:
        yield 1
        yield 2
    finally:
        emit("numbers finally")


def looper():
    try:
        for x in numbers():
            yield x
    finally:
        emit("looper finally")


DRIVE = [
    ("new", "g", "looper"),
    ("next", "g"),
    ("del", "g"),
]
