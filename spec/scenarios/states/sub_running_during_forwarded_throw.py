"""While a subgenerator handles an exception forwarded by yield from, both it and its delegator are GEN_RUNNING."""


def inner():
    me = yield "inner wants itself"
    outer_gen = None
    while outer_gen is None:
        outer_gen = yield "inner wants its delegator"
    try:
        yield "inner waiting"
    except ValueError:
        emit(state(me))
        emit(state(outer_gen))
    yield "inner handled"


def outer():
    sub = yield "outer wants its subgenerator"
    yield from sub


DRIVE = [
    ("new", "s", "inner"),
    ("next", "s"),
    ("send", "s", "@s"),
    ("new", "g", "outer"),
    ("next", "g"),
    ("send", "g", "@s"),
    ("send", "g", "@g"),
    ("state", "s"),
    ("state", "g"),
    ("throw", "g", "ValueError"),
    ("state", "s"),
    ("state", "g"),
]
