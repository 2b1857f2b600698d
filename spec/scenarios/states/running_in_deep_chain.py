"""The root of a yield-from chain is GEN_RUNNING while the innermost generator, ten delegations down, executes."""


def level(depth, top):
    if depth == 0:
        emit(state(top))
        yield "bottom"
        emit(state(top))
        return 0
    r = yield from level(depth - 1, top)
    return r + 1


def root():
    me = yield "send me myself"
    r = yield from level(10, me)
    yield r


DRIVE = [
    ("new", "g", "root"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("state", "g"),
    ("next", "g"),
    ("state", "g"),
]
