"""If the subgenerator answers a forwarded throw() by returning, the delegator's yield from evaluates to that return value and the delegator continues."""


class Finish(Exception): pass


def inner():
    total = 0
    try:
        while True:
            x = yield total
            total += x
    except Finish:
        return total


def outer():
    r = yield from inner()
    emit("inner returned")
    emit(r)
    yield "outer continues"


DRIVE = [
    ("new", "g", "outer"),
    ("next", "g"),
    ("send", "g", 5),
    ("send", "g", 6),
    ("throw", "g", "Finish"),
    ("next", "g"),
]
