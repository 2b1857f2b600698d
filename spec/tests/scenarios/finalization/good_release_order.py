"""At the end of DRIVE the driver releases its generators in the order their names were first bound; a name deleted and bound again keeps its first place."""


def named(label):
    try:
        yield label
    finally:
        emit(label + " released")


DRIVE = [
    ("new", "a", "named", "a1"),
    ("new", "b", "named", "b1"),
    ("new", "c", "named", "c1"),
    ("next", "a"),
    ("next", "b"),
    ("next", "c"),
    ("del", "a"),
    ("new", "a", "named", "a2"),
    ("next", "a"),
    ("new", "b", "named", "b2"),
]
