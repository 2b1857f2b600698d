"""A for loop over a tuple of generators can delegate to each in turn; a send reaches the one delegated to at that moment."""


def echo(tag):
    x = yield tag
    while x is not None:
        x = yield (tag, x)


def chain(a, b):
    for sub in (a, b):
        yield from sub
    yield "both finished"


DRIVE = [
    ("new", "a", "echo", "A"),
    ("new", "b", "echo", "B"),
    ("new", "g", "chain", "@a", "@b"),
    ("next", "g"),
    ("send", "g", 1),
    ("next", "g"),
    ("send", "g", 2),
    ("next", "g"),
    ("state", "a"),
    ("state", "b"),
]
