"""close() on the top of a 50-deep yield-from chain closes the innermost generator first and runs every level's finally from the bottom up."""


def level(depth):
    try:
        if depth == 0:
            yield "bottom"
        else:
            yield from level(depth - 1)
    finally:
        if depth % 10 == 0:
            emit(depth)


DRIVE = [
    ("new", "g", "level", 50),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
]
