"""A plain function can consume a generator with a for loop; the generator's side effects happen during that call."""


def items(n):
    for i in range(n):
        emit(i)
        yield i * 10


def total(it):
    s = 0
    for x in it:
        s += x
    return s


def reporter():
    yield total(items(3))
    yield total(items(0))


DRIVE = [
    ("new", "g", "reporter"),
    ("drain", "g"),
]
