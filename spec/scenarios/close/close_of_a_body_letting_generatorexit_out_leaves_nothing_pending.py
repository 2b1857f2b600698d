"""A close() whose GeneratorExit came back out of the body swallows it completely: the caller's next operations see no exception pending, so an exhausted iterator still just ends its yield from and next() with a default gives the default."""


def closable():
    try:
        yield "open"
    finally:
        emit("closable finally")


def closer():
    h = closable()
    emit(next(h))
    emit(h.close())
    r = yield from ()
    yield r
    k = closable()
    next(k)
    k.close()
    yield next(iter(()), "default")


DRIVE = [
    ("new", "g", "closer"),
    ("drain", "g"),
]
