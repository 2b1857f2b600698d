"""After a caught throw the generator continues from its handler, so later next() calls resume the loop with its locals intact."""


class Reset(Exception): pass


def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except Reset:
            emit("reset")
            n = 0


DRIVE = [
    ("new", "g", "counter"),
    ("next", "g"),
    ("next", "g"),
    ("next", "g"),
    ("throw", "g", "Reset"),
    ("next", "g"),
    ("throw", "g", "Reset"),
]
