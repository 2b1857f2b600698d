"""A generator made in an assignment to an attribute through a rebound `self` (stored in the other object's instance __dict__) is kept by that object alone, and finalized when that object is released."""


class Plain:
    def __init__(self):
        self.a = 1


class Keeper:
    def __init__(self):
        self.k = 0

    def adopt(self, target, name):
        self = target
        self.held = child(name)
        return next(self.held)

    def advance(self, target):
        self = target
        return next(self.held)


def child(name):
    try:
        yield "started " + name
        yield "resumed " + name
    finally:
        emit("finalized " + name)


def owner():
    keeper = Keeper()
    p = Plain()
    yield keeper.adopt(p, "stored")
    other = child("other")
    yield next(other)
    yield keeper.advance(p)
    p = 0
    emit("p rebound")
    yield next(other)


DRIVE = [
    ("new", "g", "owner"),
    ("drain", "g"),
]
