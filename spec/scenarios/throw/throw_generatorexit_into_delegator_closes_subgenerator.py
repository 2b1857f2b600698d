"""throw(GeneratorExit) into a delegator closes its subgenerator with close(), so on 3.13 a subgenerator paused outside every try block has its locals cleared before its for-loop iterator; the delegator then unwinds."""


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


def delegator():
    try:
        yield from looper()
    finally:
        emit("delegator finally")


DRIVE = [
    ("new", "g", "delegator"),
    ("next", "g"),
    ("throw", "g", "GeneratorExit"),
    ("state", "g"),
]
