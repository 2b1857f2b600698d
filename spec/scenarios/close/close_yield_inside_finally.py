"""A yield reached inside a finally block while closing counts as ignoring GeneratorExit: close() raises RuntimeError and the generator stays suspended there."""


def body():
    try:
        yield "in try"
    finally:
        emit("finally starts")
        yield "in finally"
        emit("finally ends")


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
    ("next", "g"),
    ("state", "g"),
]
