"""Once a subgenerator has finished, a value sent to the top of the chain reaches the delegator that resumed, never a generator created since."""


def inner():
    yield "inner"


def bystander():
    yield "bystander"
    yield "bystander again"


def middle():
    yield from inner()
    x = yield "middle resumed"
    emit(x)
    yield "middle again"


def top():
    r = yield from middle()
    return r


DRIVE = [
    ("new", "t", "top"),
    ("next", "t"),
    ("next", "t"),
    ("new", "b", "bystander"),
    ("next", "b"),
    ("send", "t", "for middle"),
    ("next", "b"),
]
