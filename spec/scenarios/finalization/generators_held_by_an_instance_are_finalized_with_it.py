"""Suspended generators held only by an instance's attributes are finalized when the instance goes, in the order its __init__ assigned them."""


class Holder:
    def __init__(self, first, second):
        self.first = first
        self.second = second


def child(name):
    try:
        yield name
    finally:
        emit("finalized " + name)


def started(name):
    g = child(name)
    next(g)
    return g


def owner():
    holder = Holder(started("first"), started("second"))
    yield "holding"
    holder = None
    emit("holder dropped")
    yield "done"


DRIVE = [
    ("new", "g", "owner"),
    ("drain", "g"),
]
