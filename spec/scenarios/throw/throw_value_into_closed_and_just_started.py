"""g.throw(type, value) into a closed generator or one not yet started raises type(value) without running any of its body (CPython: doctest coroutine "throw on closed generator", "throw on just-opened generator")."""


def body():
    emit("body runs")
    yield 1


DRIVE = [
    ("new", "g", "body"),
    ("throw_value", "g", "ValueError", 7),
    ("state", "g"),
    ("new", "g", "body"),
    ("drain", "g"),
    ("throw_value", "g", "ValueError", 6),
    ("new", "g", "body"),
    ("next", "g"),
    ("close", "g"),
    ("throw_value", "g", "ValueError", 5, None),
]
