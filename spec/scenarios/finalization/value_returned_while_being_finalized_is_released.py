"""A generator finalized while suspended whose GeneratorExit handler returns a value releases that value within the same step: a generator it returns is finalized there too."""


def child():
    try:
        yield "child started"
    finally:
        emit("child finalized")


def parent():
    c = child()
    emit(next(c))
    try:
        yield "parent suspended"
    except GeneratorExit:
        emit("parent closing")
        return c


DRIVE = [
    ("new", "p", "parent"),
    ("next", "p"),
    ("del", "p"),
    ("new", "q", "parent"),
    ("next", "q"),
    ("close", "q"),
]
