"""range() in yield from checks its arguments when the yield from is reached: a bad one raises there, in the delegator."""


def bad_step():
    emit("before")
    try:
        yield from range(1, 5, 0)
    except ValueError as e:
        emit(e.args[0])
    yield from range("3")


DRIVE = [
    ("new", "g", "bad_step"),
    ("next", "g"),
]
