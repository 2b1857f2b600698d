"""While a subgenerator runs under yield from, the delegating generator is GEN_RUNNING; while both are paused, both are GEN_SUSPENDED."""


def inner(outer_gen):
    emit(state(outer_gen))
    yield "inner paused"
    emit(state(outer_gen))
    return "inner done"


def outer():
    me = yield "send me myself"
    r = yield from inner(me)
    emit(state(me))
    yield r


DRIVE = [
    ("new", "g", "outer"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("state", "g"),
    ("next", "g"),
    ("state", "g"),
]
