"""When the subgenerator ends in its handler for a forwarded throw, its return value reaches the delegator, whose own return value then ends throw()."""


class Done(Exception): pass


def inner():
    try:
        yield "inner"
    except Done:
        return 10


def outer():
    r = yield from inner()
    return r + 1


DRIVE = [
    ("new", "g", "outer"),
    ("next", "g"),
    ("throw", "g", "Done"),
    ("state", "g"),
]
