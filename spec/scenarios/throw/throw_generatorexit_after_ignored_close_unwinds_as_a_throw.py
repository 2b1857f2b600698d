"""A generator that ignored close() by yielding is later sent throw(GeneratorExit) at a yield outside every try block: that is a throw, not a close, so the live for-loop iterator is released before the locals in every version."""


def numbers():
    try:
        yield 1
        yield 2
    finally:
        emit("for-iterator finalized")


def held():
    try:
        yield "held"
    finally:
        emit("local finalized")


def stubborn():
    h = held()
    next(h)
    try:
        yield "first"
    except GeneratorExit:
        emit("ignoring close")
        yield "ignored"
    for x in numbers():
        yield x


DRIVE = [
    ("new", "g", "stubborn"),
    ("next", "g"),
    ("close", "g"),
    ("next", "g"),
    ("throw", "g", "GeneratorExit"),
    ("state", "g"),
]
