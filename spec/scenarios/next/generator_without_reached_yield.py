"""A generator function whose yield is never reached still returns a generator, and its first next() raises StopIteration."""


def never(flag):
    emit("running")
    if flag:
        yield 1
    emit("done")


DRIVE = [
    ("new", "g", "never", False),
    ("state", "g"),
    ("next", "g"),
    ("state", "g"),
    ("next", "g"),
]
