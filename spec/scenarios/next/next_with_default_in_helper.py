"""next(g, default) returns the default instead of raising StopIteration when g is exhausted, discarding the return value."""


def two():
    yield 1
    yield 2
    return "ret"


def take_all(g):
    x = next(g, "dflt")
    while x != "dflt":
        emit(x)
        x = next(g, "dflt")
    emit(x)
    x = next(g, "again")
    emit(x)
    return 0


def runner(g):
    take_all(g)
    yield "finished"


DRIVE = [
    ("new", "src", "two"),
    ("new", "g", "runner", "@src"),
    ("next", "g"),
    ("state", "src"),
]
