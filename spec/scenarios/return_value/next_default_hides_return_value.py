"""next(g, default) returns the default when g returns, so the return value is not visible through it."""


def give():
    yield "first"
    return "hidden"


def prober(g):
    a = next(g, "default")
    b = next(g, "default")
    emit(a)
    emit(b)
    yield b


DRIVE = [
    ("new", "src", "give"),
    ("new", "p", "prober", "@src"),
    ("next", "p"),
]
