"""t1 + t2 makes a new tuple of the items of both; adding anything else to a tuple raises TypeError."""


def joiner(x):
    t = (x,)
    u = t + ("b", None) + ()
    yield u
    yield t
    try:
        yield t + x
    except TypeError as e:
        emit(e)
    yield x + t


DRIVE = [
    ("new", "g", "joiner", 1),
    ("drain", "g"),
]
