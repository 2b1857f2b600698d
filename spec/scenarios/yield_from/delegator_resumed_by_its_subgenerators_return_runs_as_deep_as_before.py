"""A delegator resumed by the return of a subgenerator at the bottom of a yield from chain runs exactly as many frames deep as before it delegated, so its recursion headroom is unchanged."""


def headroom(n):
    try:
        return headroom(n + 1)
    except RecursionError:
        return n


def leaf():
    yield "leaf"
    return "leaf done"


def middle():
    first = headroom(0)
    r = yield from leaf()
    yield (r, headroom(0) - first)


def top():
    yield from middle()


DRIVE = [
    ("new", "g", "top"),
    ("next", "g"),
    ("next", "g"),
    ("next", "g"),
]
