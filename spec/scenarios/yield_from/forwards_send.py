"""send() on a delegating generator is forwarded to the subgenerator, whose yield receives the value."""


def inner():
    x = yield "inner ready"
    emit("inner got")
    emit(x)
    y = yield "inner again"
    emit(y)
    return "inner done"


def outer():
    r = yield from inner()
    emit(r)
    z = yield "outer"
    emit(z)


DRIVE = [
    ("new", "g", "outer"),
    ("next", "g"),
    ("send", "g", 1),
    ("send", "g", 2),
    ("send", "g", 3),
]
