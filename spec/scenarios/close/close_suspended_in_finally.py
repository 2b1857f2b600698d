"""close() on a generator paused at a yield inside a finally block, reached normally, raises GeneratorExit there and skips the rest of that block."""


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
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
]
