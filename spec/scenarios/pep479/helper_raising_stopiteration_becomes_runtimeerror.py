"""A StopIteration raised by a plain helper function and left uncaught in the generator body becomes RuntimeError."""


def check(n):
    if n > 2:
        emit("helper raises")
        raise StopIteration(n)
    return n * 10


def user():
    n = 1
    while True:
        yield check(n)
        n += 1


DRIVE = [
    ("new", "g", "user"),
    ("drain", "g"),
]
