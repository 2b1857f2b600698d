"""count += yield adds each sent value to the running total, the yield being evaluated after count is read (CPython: doctest coroutine "A yield expression with augmented assignment")."""


def coroutine():
    count = 0
    while count < 30:
        count += yield
        emit(count)


DRIVE = [
    ("new", "c", "coroutine"),
    ("next", "c"),
    ("send", "c", 10),
    ("send", "c", 10),
    ("send", "c", 10),
    ("state", "c"),
]
