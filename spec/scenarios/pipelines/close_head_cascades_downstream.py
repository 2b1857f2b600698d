"""Closing the first stage of a push pipeline whose stages close their targets in finally closes each downstream stage after it."""


def stage(name, target):
    try:
        while True:
            x = yield
            target.send(x)
    finally:
        emit(name + " closing")
        target.close()


def sink():
    try:
        while True:
            x = yield
            emit(x)
    finally:
        emit("sink closed")


DRIVE = [
    ("new", "k", "sink"),
    ("next", "k"),
    ("new", "b", "stage", "b", "@k"),
    ("next", "b"),
    ("new", "a", "stage", "a", "@b"),
    ("next", "a"),
    ("send", "a", "hello"),
    ("close", "a"),
    ("state", "b"),
    ("state", "k"),
]
