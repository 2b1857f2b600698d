"""Tuples compare item by item: equal when all items are equal, ordered by the first items that differ, a shorter prefix first."""


def comparer():
    yield (1, "a") == (1, "a")
    yield (1, "a") != (1, "b")
    yield (1, 2) == (1, 2, 3)
    yield (1, 2) < (1, 3)
    yield (1, 2) < (1, 2, 0)
    yield (2,) > (1, 9)
    yield (1, True) == (1, 1)
    yield () <= ()
    yield (1, (2, 3)) >= (1, (2, 4))
    yield (1, 2) == 1
    yield (1, "a") < (1, 2)


DRIVE = [
    ("new", "g", "comparer"),
    ("drain", "g"),
]
