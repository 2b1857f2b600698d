"""A subgenerator that calls close() on the generator delegating to it gets ValueError: the delegator is running."""


def inner():
    outer_gen = yield "inner ready"
    try:
        outer_gen.close()
    except ValueError as e:
        emit(e)
    emit(state(outer_gen))
    outer_gen = None
    return "inner done"


def outer():
    r = yield from inner()
    emit(r)
    yield "outer still alive"


DRIVE = [
    ("new", "g", "outer"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("state", "g"),
    ("next", "g"),
]
