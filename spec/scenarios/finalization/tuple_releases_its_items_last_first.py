"""A tuple that is freed releases its items last first, as CPython's tupledealloc does, so the generators one tuple (or one exception's args) held are finalized in reverse order."""


def child(name):
    try:
        yield name
    finally:
        emit("finalized " + name)


def started(name):
    g = child(name)
    next(g)
    return g


def holder():
    trio = (started("first"), started("second"), started("third"))
    yield len(trio)
    trio = None
    yield "dropped"


def catcher():
    try:
        yield "ready"
    except ValueError as e:
        yield len(e.args)
    yield "handled"


def thrower(c):
    yield next(c)
    yield c.throw(ValueError, (started("one"), started("two")))
    yield next(c)


DRIVE = [
    ("new", "g", "holder"),
    ("drain", "g"),
    ("new", "c", "catcher"),
    ("new", "t", "thrower", "@c"),
    ("drain", "t"),
]
