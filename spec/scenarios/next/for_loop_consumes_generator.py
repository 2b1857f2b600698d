"""A for loop calls next() on the generator until StopIteration, which ends the loop silently."""


def squares(n):
    for i in range(n):
        emit("producing")
        yield i * i
    emit("producer done")
    return 99


def consumer(n):
    total = 0
    for x in squares(n):
        emit(x)
        total += x
    yield total


DRIVE = [
    ("new", "g", "consumer", 4),
    ("drain", "g"),
]
