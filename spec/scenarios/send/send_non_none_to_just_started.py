"""Sending a non-None value to a just-started generator raises TypeError without running the body, and the generator stays GEN_CREATED."""


def echo():
    emit("started")
    x = yield 1
    emit(x)
    yield 2


DRIVE = [
    ("new", "g", "echo"),
    ("send", "g", 5),
    ("state", "g"),
    ("next", "g"),
    ("send", "g", 7),
]
