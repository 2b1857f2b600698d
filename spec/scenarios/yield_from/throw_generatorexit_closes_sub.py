"""Throwing GeneratorExit into a delegating generator calls close() on the subgenerator and then raises GeneratorExit in the delegator."""


def inner():
    try:
        yield "inner"
    except GeneratorExit:
        emit("inner got GeneratorExit")
        raise


def outer(sub):
    try:
        yield from sub
    except GeneratorExit:
        emit("outer got GeneratorExit")
        raise


DRIVE = [
    ("new", "sub", "inner"),
    ("new", "g", "outer", "@sub"),
    ("next", "g"),
    ("throw", "g", "GeneratorExit"),
    ("state", "sub"),
    ("state", "g"),
]
