"""The StopIteration of next() on a generator that returns, or is exhausted, gets the exception the caller handles as its __context__, and a yielded value is no exception at all."""


def short():
    return "returned"
    yield


def driver():
    g = short()
    try:
        raise KeyError("caller's")
    except KeyError:
        try:
            next(g)
        except StopIteration as e:
            emit((e.value, e.__context__))
        try:
            next(g)
        except StopIteration as e:
            emit((e.value, e.__context__))
    try:
        next(g)
    except StopIteration as e:
        emit(e.__context__)
    yield "done"


DRIVE = [
    ("new", "d", "driver"),
    ("next", "d"),
]
