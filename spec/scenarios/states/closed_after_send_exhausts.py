"""A generator finished by send() or throw() is GEN_CLOSED exactly like one finished by next()."""


def body():
    try:
        x = yield 1
        emit(x)
    except ValueError:
        emit("caught")


DRIVE = [
    ("new", "a", "body"),
    ("next", "a"),
    ("send", "a", "v"),
    ("state", "a"),
    ("new", "b", "body"),
    ("next", "b"),
    ("throw", "b", "ValueError"),
    ("state", "b"),
]
