"""A StopIteration thrown in with throw() and caught by the body is ordinary: the generator goes on yielding."""


def catcher():
    try:
        yield 1
    except StopIteration as e:
        emit(e.value)
    yield 2


DRIVE = [
    ("new", "g", "catcher"),
    ("next", "g"),
    ("throw", "g", "StopIteration", "thrown"),
    ("next", "g"),
]
