"""If the subgenerator yields in response to the close() forwarded by yield from, close() on the delegator raises RuntimeError("generator ignored GeneratorExit")."""


def stubborn():
    while True:
        try:
            yield "stubborn"
        except GeneratorExit:
            emit("sub ignores exit")


def outer(sub):
    try:
        yield from sub
    finally:
        emit("outer finally")


DRIVE = [
    ("new", "sub", "stubborn"),
    ("new", "g", "outer", "@sub"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
    ("state", "sub"),
    ("close", "sub"),
]
