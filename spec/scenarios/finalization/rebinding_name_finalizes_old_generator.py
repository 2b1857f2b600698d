"""A new step that reuses a name drops the old generator first, so its finally runs during that step."""


def guarded(name):
    try:
        yield name
    finally:
        emit(name + " finally")


DRIVE = [
    ("new", "g", "guarded", "first"),
    ("next", "g"),
    ("new", "g", "guarded", "second"),
    ("next", "g"),
]
