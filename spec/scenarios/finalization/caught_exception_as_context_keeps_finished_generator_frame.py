"""A generator whose body ended while an exception it caught lives on as another exception's __context__ keeps its locals until that chain is released: a child it held is finalized then, not when the body ended."""


def child():
    try:
        yield "child started"
    finally:
        emit("child finally")


def wrapper():
    try:
        raise KeyError("wrapper")
    except KeyError as e:
        yield e
    yield "wrapper left its handler"


def catcher(w):
    c = child()
    emit(next(c))
    try:
        raise ValueError("caught")
    except ValueError:
        wrapped = next(w)
        emit(wrapped.__context__)
    wrapped = None
    w = None
    emit("catcher ends")
    yield "catcher suspended"


DRIVE = [
    ("new", "w", "wrapper"),
    ("new", "g", "catcher", "@w"),
    ("drain", "g"),
    ("next", "w"),
]
