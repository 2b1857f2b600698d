"""If the subgenerator is closed by someone else while the delegator waits in yield from, the next resumption finds it exhausted and yield from evaluates to None."""


def inner():
    try:
        yield 1
        yield 2
    finally:
        emit("inner finally")
    return "not returned"


def outer(sub):
    r = yield from sub
    emit(r)
    yield "outer continues"


DRIVE = [
    ("new", "sub", "inner"),
    ("new", "g", "outer", "@sub"),
    ("next", "g"),
    ("close", "sub"),
    ("next", "g"),
]
