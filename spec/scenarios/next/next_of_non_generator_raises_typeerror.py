"""next() of an int, a str or None raises TypeError naming the type that is not an iterator, and the generator calling it can catch that and go on."""


def misuse(x):
    try:
        next(x)
    except TypeError as e:
        emit(e.args[0])
    yield "went on"


DRIVE = [
    ("new", "i", "misuse", 5),
    ("next", "i"),
    ("new", "s", "misuse", "text"),
    ("next", "s"),
    ("new", "n", "misuse", None),
    ("next", "n"),
]
