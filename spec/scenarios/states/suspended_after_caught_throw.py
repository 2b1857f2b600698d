"""A generator that catches a thrown exception and yields again is GEN_SUSPENDED, while one that lets it escape is GEN_CLOSED."""


def catcher():
    try:
        yield 1
    except ValueError:
        yield 2


DRIVE = [
    ("new", "a", "catcher"),
    ("next", "a"),
    ("throw", "a", "ValueError"),
    ("state", "a"),
    ("new", "b", "catcher"),
    ("next", "b"),
    ("throw", "b", "KeyError"),
    ("state", "b"),
]
