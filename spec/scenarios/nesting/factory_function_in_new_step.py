"""A new step may call a plain factory function: its body runs at once, and the generator it returns is what the driver then holds, its arguments kept alive by that generator alone (CPython: doctest tut "generators return to the most recent caller")."""


def counter(start, step):
    n = start
    while True:
        got = yield n
        if got is not None:
            n = got
        n += step


def make(start):
    emit("making")
    g = counter(start, 2)
    next(g)
    return g


DRIVE = [
    ("new", "g", "make", 10),
    ("state", "g"),
    ("next", "g"),
    ("send", "g", 100),
    ("new", "h", "make", -1),
    ("new", "g", "make", 0),
    ("close", "h"),
]
