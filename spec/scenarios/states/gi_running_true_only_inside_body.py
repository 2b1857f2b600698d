"""gi_running is True only while the generator's body runs, read inside by a generator handed itself and outside in every state (CPython: doctest email "gi_running attribute", "gi_running seen inside the body")."""


def runner():
    me = yield "who am I?"
    emit(me.gi_running)
    yield "inside"


def observer(g):
    yield g.gi_running
    next(g)
    yield g.gi_running
    g.send(g)
    yield g.gi_running
    g.close()
    yield g.gi_running


DRIVE = [
    ("new", "g", "runner"),
    ("new", "o", "observer", "@g"),
    ("drain", "o"),
]
