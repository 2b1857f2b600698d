"""Starting a yield from chain deeper than the recursion limit (1000 frames) raises RecursionError through every level instead of crashing; a chain well under the limit runs."""


def chain(n):
    if n:
        r = yield from chain(n - 1)
        return r + 1
    yield "bottom"
    return 0


DRIVE = [
    ("new", "shallow", "chain", 500),
    ("next", "shallow"),
    ("drain", "shallow"),
    ("new", "deep", "chain", 100000),
    ("next", "deep"),
    ("state", "deep"),
]
