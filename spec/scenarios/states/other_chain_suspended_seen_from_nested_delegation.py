"""A suspended delegator outside the running chain is GEN_SUSPENDED when looked at from a subgenerator that a resumed chain's innermost generator has just delegated to."""


def looker(other):
    emit(state(other))
    yield "looked"


def leaf(other):
    yield "leaf ready"
    yield from looker(other)
    yield "leaf done"


def top(other):
    yield from leaf(other)


def idle_leaf():
    yield "idle"


def idle_top():
    yield from idle_leaf()


DRIVE = [
    ("new", "o", "idle_top"),
    ("next", "o"),
    ("new", "t", "top", "@o"),
    ("next", "t"),
    ("next", "t"),
    ("state", "o"),
    ("next", "t"),
]
