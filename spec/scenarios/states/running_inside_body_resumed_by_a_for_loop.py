"""A generator resumed by a for loop is GEN_RUNNING while its body runs, on every iteration, as when resumed by next()."""


def introspective():
    me = yield "hand me myself"
    yield state(me)
    yield me.gi_running
    yield state(me)


def looper(g):
    for seen in g:
        emit(seen)
    yield state(g)


DRIVE = [
    ("new", "g", "introspective"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("new", "loop", "looper", "@g"),
    ("next", "loop"),
]
