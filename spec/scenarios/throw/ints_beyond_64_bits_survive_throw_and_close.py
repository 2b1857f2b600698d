"""Ints beyond 64 bits held in a generator's locals survive a throw() caught in its body and are seen by its finally block on close(), and an exception thrown with one as its argument carries it exactly."""


def keeper():
    total = 100000000000000000000
    try:
        while True:
            try:
                yield total
            except ValueError as e:
                total = total + e.args[0]
                yield e
    finally:
        emit(total)
        emit(total - 200000000000000000000)


DRIVE = [
    ("new", "g", "keeper"),
    ("next", "g"),
    ("throw", "g", "ValueError", 100000000000000000000),
    ("next", "g"),
    ("throw", "g", "ValueError", -200000000000000000001),
    ("close", "g"),
]
