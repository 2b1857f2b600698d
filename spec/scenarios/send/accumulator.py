"""A coroutine-style accumulator keeps a running total of sent numbers, reports it on each send, and returns it when sent None."""


def accumulator():
    total = 0
    count = 0
    x = yield "ready"
    while x is not None:
        total += x
        count += 1
        x = yield total
    emit(count)
    return total


DRIVE = [
    ("new", "acc", "accumulator"),
    ("send", "acc", 1),
    ("next", "acc"),
    ("send", "acc", 10),
    ("send", "acc", 20),
    ("send", "acc", -5),
    ("state", "acc"),
    ("send", "acc", None),
    ("send", "acc", 3),
]
