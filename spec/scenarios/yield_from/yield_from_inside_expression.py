"""yield from inside a larger expression delegates every step to the subgenerator and then evaluates to its return value, the operands to its left kept meanwhile."""


def sub(n):
    got = yield n
    return got * 10


def body():
    total = 1 + (yield from sub(5)) + (yield from sub(6))
    emit(total)
    emit((yield from sub(7)))
    return total


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("send", "g", 2),
    ("send", "g", 3),
    ("throw", "g", "ValueError", "into sub"),
]
