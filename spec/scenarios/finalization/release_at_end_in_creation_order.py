"""At the end of DRIVE the remaining suspended generators are released, and finalized, in the order their names were first bound."""


def guarded(name):
    try:
        yield name
    finally:
        emit(name + " finally")


DRIVE = [
    ("new", "b", "guarded", "b"),
    ("new", "a", "guarded", "a"),
    ("new", "c", "guarded", "c"),
    ("next", "c"),
    ("next", "a"),
    ("next", "b"),
]
