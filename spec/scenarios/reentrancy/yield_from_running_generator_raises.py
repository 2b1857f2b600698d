"""A subgenerator that tries to yield from the generator delegating to it, which is running, gets ValueError "generator already executing", which ends the whole chain (CPython: test_yield_from.TestPEP380Operation.test_attempted_yield_from_loop)."""


def g2(top):
    emit("g2: starting")
    yield "y2"
    emit("g2: about to yield from g1")
    yield from top
    emit("g2 should not be here")


def g1():
    emit("g1: starting")
    me = yield "y1"
    emit("g1: about to yield from g2")
    yield from g2(me)
    emit("g1 should not be here")


DRIVE = [
    ("new", "g", "g1"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("next", "g"),
    ("state", "g"),
]
