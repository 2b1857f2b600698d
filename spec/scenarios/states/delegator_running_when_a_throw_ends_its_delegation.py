"""A delegator whose yield from a throw() ended, by the subgenerator raising or returning, is GEN_RUNNING while its body goes on from there."""


def fragile():
    yield "fragile"


def absorbing():
    try:
        yield "absorbing"
    except KeyError:
        return "absorbed"


def delegator(sub_name):
    me = yield "hand me myself"
    try:
        if sub_name == "fragile":
            r = yield from fragile()
        else:
            r = yield from absorbing()
        yield (r, state(me))
    except KeyError:
        yield ("caught", state(me))


DRIVE = [
    ("new", "g", "delegator", "fragile"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("throw", "g", "KeyError", "boom"),
    ("new", "h", "delegator", "absorbing"),
    ("next", "h"),
    ("send", "h", "@h"),
    ("throw", "h", "KeyError", "boom"),
]
