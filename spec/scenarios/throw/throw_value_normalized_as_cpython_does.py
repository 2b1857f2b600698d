"""In g.throw(type, value) an instance of type or of a subclass is raised as it is, any other value becomes type(value), and an instance given as the type with a value that is not None is refused with TypeError, leaving the generator suspended (CPython: doctest coroutine "throw(type, value[, tb]) forms")."""


def catcher():
    while True:
        try:
            yield "ready"
        except LookupError as e:
            emit(e)
        except ValueError as e:
            emit(e)


def thrower(g):
    next(g)
    g.throw(ValueError, ValueError(1))
    g.throw(ValueError, TypeError(1))
    g.throw(LookupError, KeyError("subclass kept"))
    g.throw(KeyError, LookupError("superclass wrapped"))
    g.throw(ValueError, ValueError(1), None)
    g.throw(ValueError("instance"), None)
    try:
        g.throw(ValueError("instance"), "foo")
    except TypeError as e:
        emit(e)
    emit(state(g))
    try:
        g.throw(ValueError, "foo", 23)
    except TypeError as e:
        emit(e)
    try:
        g.throw("abc")
    except TypeError as e:
        emit(e)
    try:
        g.throw(0)
    except TypeError as e:
        emit(e)
    yield state(g)


DRIVE = [
    ("new", "g", "catcher"),
    ("new", "t", "thrower", "@g"),
    ("next", "t"),
]
