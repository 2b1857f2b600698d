"""A generator suspended in a yield from of an iterator object is GEN_RUNNING (gi_running True) while throw() runs that iterator's throw method, and GEN_SUSPENDED again once the method returned a value to yield."""


class Box:
    def __init__(self):
        self.watched = None

    def watch(self, g):
        self.watched = g


class Absorbing:
    def __init__(self, box):
        self.box = box

    def __iter__(self):
        return self

    def __next__(self):
        return "next"

    def throw(self, exc):
        box = self.box
        watched = box.watched
        emit(state(watched))
        emit(watched.gi_running)
        return "absorbed"


def delegator(box):
    yield from Absorbing(box)


def driver():
    box = Box()
    g = delegator(box)
    box.watch(g)
    yield next(g)
    yield g.throw(KeyError("in"))
    yield state(g)


DRIVE = [
    ("new", "d", "driver"),
    ("drain", "d"),
]
