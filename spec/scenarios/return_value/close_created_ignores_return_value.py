"""close() on a generator that never started returns None in every version, since the body never runs to return anything."""


def body():
    try:
        yield 1
    except GeneratorExit:
        emit("never runs")
        return "from handler"


DRIVE = [
    ("new", "g", "body"),
    ("close", "g"),
    ("state", "g"),
]
