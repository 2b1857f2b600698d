"""An exception thrown into a suspended generator is raised at the paused yield; if caught, throw() returns the next value yielded."""


def resilient():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            emit(e)
            yield "recovered"


DRIVE = [
    ("new", "g", "resilient"),
    ("next", "g"),
    ("throw", "g", "ValueError", "bad"),
    ("state", "g"),
    ("next", "g"),
    ("throw", "g", "ValueError"),
]
