"""yield from an already exhausted generator yields nothing and evaluates to None, not to the value it returned earlier."""


def inner():
    yield 1
    return "once"


def outer(sub):
    r = yield from sub
    emit(r)
    yield "after"


DRIVE = [
    ("new", "sub", "inner"),
    ("drain", "sub"),
    ("new", "g", "outer", "@sub"),
    ("drain", "g"),
]
