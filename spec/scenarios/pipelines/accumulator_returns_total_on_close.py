"""An accumulator that returns its total when closed: close() returns that value on CPython 3.13+, None before."""


def accumulator():
    total = 0
    try:
        while True:
            x = yield total
            total += x
    except GeneratorExit:
        emit("closing with")
        emit(total)
        return total


DRIVE = [
    ("new", "g", "accumulator"),
    ("next", "g"),
    ("send", "g", 5),
    ("send", "g", 7),
    ("close", "g"),
    ("state", "g"),
    ("close", "g"),
]
