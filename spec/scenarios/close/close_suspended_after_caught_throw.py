"""A generator that survived a thrown exception is still suspended, and close() then raises GeneratorExit at its new yield."""


def body():
    try:
        yield 1
    except ValueError:
        emit("handled")
    try:
        yield 2
    except GeneratorExit:
        emit("exit at second yield")
        raise


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("throw", "g", "ValueError"),
    ("close", "g"),
    ("state", "g"),
]
