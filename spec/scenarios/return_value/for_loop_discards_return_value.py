"""A for loop over a generator consumes its StopIteration, so the return value is lost to the loop."""


def produce():
    yield 1
    yield 2
    return "lost"


def consume():
    n = 0
    for x in produce():
        n += x
    emit(n)
    yield "consumed"


DRIVE = [
    ("new", "g", "consume"),
    ("drain", "g"),
]
