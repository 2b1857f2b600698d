"""A return inside try runs its finally first, and a yield in that finally suspends the generator before it finishes (CPython: test_generators doctest tut "This may be surprising at first")."""


def g3():
    try:
        return "from try"
    finally:
        yield 1


DRIVE = [
    ("new", "g", "g3"),
    ("next", "g"),
    ("state", "g"),
    ("next", "g"),
]
