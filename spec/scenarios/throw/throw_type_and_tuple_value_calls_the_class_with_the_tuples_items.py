"""throw(T, value) with a tuple as value makes the exception from the tuple's items, T(*value), as PyErr_NormalizeException does, while any other value is T's one argument."""


class Refused(ValueError):
    pass


def target():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield e.args


def thrower():
    t = target()
    next(t)
    yield t.throw(Refused, (3 - 4,))
    next(t)
    yield t.throw(ValueError, (1, "two"))
    next(t)
    yield t.throw(ValueError, ())
    next(t)
    yield t.throw(ValueError, ((5,),))
    next(t)
    yield t.throw(ValueError, "not a tuple")


DRIVE = [
    ("new", "g", "thrower"),
    ("drain", "g"),
]
