"""throw(GeneratorExit) at a yield outside every try block unwinds like any thrown exception: a live for-loop iterator is released before the locals, in every version (3.13's close() clears the locals first)."""


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


def looper():
    h = held()
    next(h)
    for x in numbers():
        yield x


DRIVE = [
    ("new", "g", "looper"),
    ("next", "g"),
    ("throw", "g", "GeneratorExit"),
    ("state", "g"),
]
