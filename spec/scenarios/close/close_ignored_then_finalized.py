"""A generator that ignored GeneratorExit on close() stays suspended at its next yield; releasing it finalizes it there, running that yield's finally block."""


def stubborn():
    try:
        yield "first"
    except GeneratorExit:
        emit("ignored once")
    try:
        yield "second"
    finally:
        emit("second finally")


DRIVE = [
    ("new", "g", "stubborn"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
]
