"""A bare except: that yields after catching close()'s GeneratorExit makes close() raise RuntimeError("generator ignored GeneratorExit")."""


def stubborn():
    while True:
        try:
            yield "alive"
        except:
            emit("swallowed")


DRIVE = [
    ("new", "g", "stubborn"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
    ("next", "g"),
    ("throw", "g", "KeyboardInterrupt"),
    ("close", "g"),
]
