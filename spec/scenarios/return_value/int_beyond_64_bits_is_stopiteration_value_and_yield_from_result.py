"""A generator returning an int beyond 64 bits reports it as StopIteration.value to next() and as the result of yield from to its delegator."""


def inner(n):
    yield n
    return n * 1000000000000


def outer():
    result = yield from inner(10000000000)
    yield result
    yield result + 1
    return result * result


DRIVE = [
    ("new", "i", "inner", 92233720368547758070),
    ("next", "i"),
    ("next", "i"),
    ("new", "g", "outer"),
    ("drain", "g"),
]
