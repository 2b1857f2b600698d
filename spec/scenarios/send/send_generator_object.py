"""A generator object can be sent into another generator, which can then drive it."""


def source():
    yield "s1"
    yield "s2"


def puller():
    src = yield "give me a source"
    while src is not None:
        v = next(src, None)
        if v is None:
            src = yield "source empty"
        else:
            yield v


DRIVE = [
    ("new", "src", "source"),
    ("new", "p", "puller"),
    ("next", "p"),
    ("send", "p", "@src"),
    ("next", "p"),
    ("next", "p"),
    ("state", "src"),
    ("send", "p", None),
]
