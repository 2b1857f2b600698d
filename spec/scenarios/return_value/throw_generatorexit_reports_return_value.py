"""A handler that returns a value after throw(GeneratorExit) delivers it through StopIteration in every version, unlike close(), which reports it only from 3.13."""


def body():
    try:
        yield 1
    except GeneratorExit:
        emit("exit handler")
        return "handled"


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("throw", "g", "GeneratorExit"),
    ("new", "h", "body"),
    ("next", "h"),
    ("close", "h"),
]
