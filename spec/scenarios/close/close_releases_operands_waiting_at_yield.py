"""Closing a generator suspended at a yield inside an expression releases the operands already evaluated for it; 3.13's close() clears the frame (locals, then those operands) where earlier versions unwind (operands first, then locals)."""


def held(label):
    try:
        yield label
    finally:
        emit("released " + label)


def started(label):
    g = held(label)
    next(g)
    return g


def pair(a, b):
    return b


def body():
    local = started("local")
    result = pair(started("operand"), (yield "paused"))
    yield result


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("close", "g"),
    ("new", "g", "body"),
    ("next", "g"),
    ("throw", "g", "GeneratorExit"),
    ("new", "g", "body"),
    ("next", "g"),
    ("send", "g", "sent"),
]
