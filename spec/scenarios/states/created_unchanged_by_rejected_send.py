"""A rejected send() of a non-None value leaves a just-started generator in GEN_CREATED, while close() or throw() moves it to GEN_CLOSED."""


def body():
    yield 1


DRIVE = [
    ("new", "a", "body"),
    ("send", "a", 1),
    ("state", "a"),
    ("close", "a"),
    ("state", "a"),
    ("new", "b", "body"),
    ("throw", "b", "ValueError"),
    ("state", "b"),
]
