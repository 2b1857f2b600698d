"""close() on a delegating generator closes the subgenerator first, then raises GeneratorExit at the yield from, so the inner finally runs before the outer one."""


def inner():
    try:
        yield "inner"
    finally:
        emit("inner finally")


def outer(sub):
    try:
        yield from sub
    finally:
        emit("outer finally")


DRIVE = [
    ("new", "sub", "inner"),
    ("new", "g", "outer", "@sub"),
    ("next", "g"),
    ("close", "g"),
    ("state", "sub"),
    ("state", "g"),
]
