"""Releasing a never-started generator releases its arguments even when generators of the same function have run to the end and been released before it."""


def child(name):
    try:
        yield name
    finally:
        emit(name + " finally")


def holder(c):
    emit(state(c))
    yield "holding"


DRIVE = [
    ("new", "a", "child", "a"),
    ("next", "a"),
    ("new", "h", "holder", "@a"),
    ("drain", "h"),
    ("del", "h"),
    ("del", "a"),
    ("new", "b", "child", "b"),
    ("next", "b"),
    ("new", "k", "holder", "@b"),
    ("del", "b"),
    ("del", "k"),
]
