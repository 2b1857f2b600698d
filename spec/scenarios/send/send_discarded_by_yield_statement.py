"""A value sent to a generator suspended at a yield statement is silently discarded."""


def ignorer():
    yield 1
    emit("resumed")
    yield 2


DRIVE = [
    ("new", "g", "ignorer"),
    ("next", "g"),
    ("send", "g", "lost"),
    ("send", "g", "also lost"),
]
