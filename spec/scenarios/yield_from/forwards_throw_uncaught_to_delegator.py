"""An exception thrown into a delegating generator that the subgenerator does not handle finishes the subgenerator and is raised at the yield from in the delegator."""


def inner():
    try:
        yield "inner"
    finally:
        emit("inner finally")


def outer(sub):
    try:
        yield from sub
    except KeyError as e:
        emit("outer caught")
        emit(e)
        yield "outer recovered"


DRIVE = [
    ("new", "sub", "inner"),
    ("new", "g", "outer", "@sub"),
    ("next", "g"),
    ("throw", "g", "KeyError", "k"),
    ("state", "sub"),
    ("state", "g"),
    ("next", "g"),
]
