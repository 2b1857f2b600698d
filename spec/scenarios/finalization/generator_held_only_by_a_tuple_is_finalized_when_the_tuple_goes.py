"""A suspended generator held only by a tuple is finalized when the tuple's last reference goes, as its first item or a later one."""


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
    first = (started("first"), "after it")
    yield len(first)
    first = None
    emit("first tuple dropped")
    later = ("before it", started("later"))
    yield len(later)
    later = None
    emit("later tuple dropped")
    yield "done"


DRIVE = [
    ("new", "g", "holder"),
    ("drain", "g"),
]
