"""CPython computes 2**63 exactly; the implementations' ints are 64-bit, so the oracle refuses to record it."""


def doubler():
    x = 4611686018427387904
    yield x
    yield x * 2


DRIVE = [
    ("new", "g", "doubler"),
    ("next", "g"),
    ("next", "g"),
]
