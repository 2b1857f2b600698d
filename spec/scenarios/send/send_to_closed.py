"""send() to a generator closed by close() raises StopIteration and runs nothing."""


def body():
    try:
        x = yield 1
        emit(x)
    finally:
        emit("cleanup")


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("close", "g"),
    ("send", "g", 1),
    ("state", "g"),
]
