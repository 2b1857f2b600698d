"""A generator held only by an exception's argument (the StopIteration carrying a return value to next(), the one an iterator object raises to end a yield from, the exception throw(type, value) makes) is finalized as soon as that exception is released."""


def guarded(name):
    try:
        yield name
    finally:
        emit(name + " finalized")


def started(name):
    g = guarded(name)
    next(g)
    return g


def returns_started():
    yield "before return"
    return started("returned")


def catcher():
    r = returns_started()
    yield next(r)
    try:
        next(r)
    except StopIteration:
        emit("stopped")
    emit("after handler")
    yield "done"


class EndsWithGenerator:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(started("stop value"))


def delegator():
    got = yield from EndsWithGenerator()
    emit("delegation ended")
    got = None
    emit("result dropped")
    yield "done"


class NoThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return "waiting"


def receiver():
    try:
        yield from NoThrow()
    except ValueError:
        emit("caught")
    emit("after handler")
    yield "done"


def thrower():
    d = receiver()
    yield next(d)
    yield d.throw(ValueError, started("thrown"))
    emit("throw returned")
    yield "end"


DRIVE = [
    ("new", "c", "catcher"),
    ("drain", "c"),
    ("new", "d", "delegator"),
    ("drain", "d"),
    ("new", "t", "thrower"),
    ("drain", "t"),
]
