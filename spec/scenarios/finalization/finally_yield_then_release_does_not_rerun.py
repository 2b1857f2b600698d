"""A generator whose close() failed because it yielded in finally is finalized quietly on del: GeneratorExit arrives at the yield inside finally."""


def stubborn():
    try:
        yield 1
    finally:
        emit("finally")
        try:
            yield 2
        except GeneratorExit:
            emit("second GeneratorExit")
            raise
        emit("not reached")


DRIVE = [
    ("new", "g", "stubborn"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
    ("del", "g"),
]
