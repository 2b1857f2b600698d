"""A tuple iterator lets its tuple go once exhausted, so a generator only that tuple held is finalized at the exhausting next(), while the iterator lives on."""


def child(name):
    try:
        yield name
    finally:
        emit("finalized " + name)


def started(name):
    g = child(name)
    next(g)
    return g


def walker():
    it = iter(("plain", started("held")))
    yield next(it)
    yield type(next(it)).__name__
    emit(next(it, "exhausted"))
    yield "the iterator is still held"


DRIVE = [
    ("new", "g", "walker"),
    ("drain", "g"),
]
