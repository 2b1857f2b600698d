"""A chain stage built from two yield from statements streams the first source to the end, then the second, and returns both results."""


def part(name, n):
    for i in range(n):
        yield name
    return n


def chain():
    a = yield from part("x", 2)
    b = yield from part("y", 1)
    return a + b


DRIVE = [
    ("new", "g", "chain"),
    ("drain", "g"),
]
