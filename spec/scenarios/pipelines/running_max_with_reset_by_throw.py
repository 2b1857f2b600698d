"""A running-maximum coroutine keeps the largest value sent, and a thrown exception it catches resets it without ending it."""


class ResetMax(Exception):
    pass


def running_max():
    best = None
    while True:
        try:
            x = yield best
        except ResetMax as e:
            emit(e.args[0])
            best = None
            continue
        if best is None or x > best:
            best = x


DRIVE = [
    ("new", "g", "running_max"),
    ("next", "g"),
    ("send", "g", 3),
    ("send", "g", -1),
    ("send", "g", 8),
    ("throw", "g", "ResetMax", "new round"),
    ("send", "g", -5),
    ("send", "g", -7),
]
