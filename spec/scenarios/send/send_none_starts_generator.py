"""send(None) to a just-started generator starts it exactly like next()."""


def start():
    emit("body runs")
    x = yield "first"
    emit(x)
    yield "second"


DRIVE = [
    ("new", "g", "start"),
    ("send", "g", None),
    ("state", "g"),
    ("send", "g", None),
]
