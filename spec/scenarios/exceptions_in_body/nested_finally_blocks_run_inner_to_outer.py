"""An exception leaving nested try/finally blocks runs the finally blocks from innermost to outermost."""


def worker():
    try:
        try:
            try:
                yield 1
                raise ValueError("deep")
            finally:
                emit("finally 3")
        finally:
            emit("finally 2")
    finally:
        emit("finally 1")


DRIVE = [
    ("new", "g", "worker"),
    ("next", "g"),
    ("next", "g"),
]
