"""A generator driving another one sees it GEN_CREATED, GEN_SUSPENDED and GEN_CLOSED as it advances it, never GEN_RUNNING."""


def child():
    yield "c"


def parent(c):
    emit(state(c))
    next(c)
    emit(state(c))
    yield "parent paused"
    next(c, None)
    emit(state(c))


DRIVE = [
    ("new", "c", "child"),
    ("new", "p", "parent", "@c"),
    ("drain", "p"),
]
