"""A generator that catches GeneratorExit and yields in response makes close() raise RuntimeError("generator ignored GeneratorExit")."""


def stubborn():
    while True:
        try:
            yield "working"
        except GeneratorExit:
            emit("ignoring exit")


DRIVE = [
    ("new", "g", "stubborn"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
    ("next", "g"),
]
