"""next(g, default) only absorbs StopIteration: another exception from g propagates to the caller."""


def failing():
    yield 1
    raise ValueError("broken")


def caller():
    it = failing()
    yield next(it, "default")
    try:
        yield next(it, "default")
    except ValueError as e:
        emit(e)
    yield next(it, "default")


DRIVE = [
    ("new", "g", "caller"),
    ("drain", "g"),
]
