"""A delegator can yield from several subgenerators in turn, each finishing before the next starts."""


def part(name, n):
    emit("start")
    emit(name)
    for i in range(n):
        yield name
    return n


def whole():
    a = yield from part("x", 2)
    b = yield from part("y", 1)
    c = yield from part("z", 0)
    return a + b + c


DRIVE = [
    ("new", "g", "whole"),
    ("drain", "g"),
]
