"""gi_suspended is True exactly while the generator is suspended at a yield (False when created, running or closed); before 3.11 generators have no such attribute and reading it raises AttributeError."""


def body():
    me = yield 1
    yield me.gi_suspended


def probe(g):
    yield g.gi_suspended
    next(g)
    yield g.gi_suspended
    yield g.send(g)
    g.close()
    yield g.gi_suspended


DRIVE = [
    ("new", "g", "body"),
    ("new", "p", "probe", "@g"),
    ("drain", "p"),
]
