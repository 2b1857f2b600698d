"""An exception thrown while the generator is paused at a yield inside a finally block abandons the rest of that finally block and propagates."""


def body():
    try:
        yield "in try"
    finally:
        emit("finally starts")
        yield "in finally"
        emit("finally ends")
    emit("after finally")


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("next", "g"),
    ("throw", "g", "KeyError", "k"),
    ("state", "g"),
]
