"""Dropping the last reference to a generator finalizes, in the same step, the chain of generators only its frame holds, outermost first."""


def leaf(name):
    try:
        yield name
    finally:
        emit(name + " finally")


def holder(name, child):
    emit(next(child))
    try:
        yield name
    finally:
        emit(name + " finally")


DRIVE = [
    ("new", "a", "leaf", "a"),
    ("new", "b", "holder", "b", "@a"),
    ("new", "c", "holder", "c", "@b"),
    ("new", "d", "holder", "d", "@c"),
    ("del", "a"),
    ("del", "b"),
    ("del", "c"),
    ("next", "d"),
    ("del", "d"),
    ("new", "e", "leaf", "e"),
]
