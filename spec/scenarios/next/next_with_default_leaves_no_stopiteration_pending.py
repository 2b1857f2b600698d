"""next(it, default) that gives the default swallows the StopIteration completely: a range loop run right after it ends normally, not with that exception."""


def one():
    yield "only"


def caller():
    it = one()
    yield next(it)
    yield next(it, "default")
    total = 0
    for i in range(3):
        total += i
    yield total
    yield next(iter(()), "default of an empty tuple")
    for i in range(2):
        total += i
    yield total


DRIVE = [
    ("new", "g", "caller"),
    ("drain", "g"),
]
