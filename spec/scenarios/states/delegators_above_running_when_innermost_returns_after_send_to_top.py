"""When the innermost generator returns after a send to the top of the chain, the delegator that resumes sees the delegators above it still GEN_RUNNING."""


def innermost():
    yield "ready"
    yield "waiting"
    return "inner done"


def lower(sub):
    up = yield "send me the generator above me"
    r = yield from sub
    emit(state(up))
    yield r


def upper(sub):
    r = yield from sub
    return r


def top(sub):
    r = yield from sub
    return r


DRIVE = [
    ("new", "i", "innermost"),
    ("new", "m2", "lower", "@i"),
    ("new", "m1", "upper", "@m2"),
    ("next", "m2"),
    ("send", "m2", "@m1"),
    ("new", "t", "top", "@m1"),
    ("next", "t"),
    ("send", "t", "go"),
    ("state", "m1"),
]
