"""send() on the top of a 55-deep yield-from chain reaches the innermost generator's yield."""


def echo_chain(depth):
    if depth == 0:
        x = yield "ready"
        while x is not None:
            x = yield x + x
        return "echo done"
    r = yield from echo_chain(depth - 1)
    return r


DRIVE = [
    ("new", "g", "echo_chain", 55),
    ("next", "g"),
    ("send", "g", "ab"),
    ("send", "g", 21),
    ("send", "g", None),
]
