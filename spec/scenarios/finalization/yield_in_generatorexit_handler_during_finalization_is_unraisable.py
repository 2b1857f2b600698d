"""A generator that catches finalization's GeneratorExit and yields again causes an unraisable RuntimeError "generator ignored GeneratorExit"."""


def ignorer():
    while True:
        try:
            yield "working"
        except GeneratorExit:
            emit("ignoring GeneratorExit")


DRIVE = [
    ("new", "g", "ignorer"),
    ("next", "g"),
    ("del", "g"),
]
