"""A plain helper function called from a generator body observes that generator as GEN_RUNNING."""


def report(g):
    emit(state(g))
    return 0


def worker():
    me = yield "send me myself"
    report(me)
    yield "reported"


DRIVE = [
    ("new", "g", "worker"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("state", "g"),
]
