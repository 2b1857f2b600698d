"""Two generators created from the same function keep separate frames and advance independently."""


def counter(start):
    n = start
    while True:
        yield n
        n += 1


DRIVE = [
    ("new", "a", "counter", 10),
    ("new", "b", "counter", 100),
    ("next", "a"),
    ("next", "a"),
    ("next", "b"),
    ("next", "a"),
    ("next", "b"),
    ("state", "a"),
    ("state", "b"),
]
