"""A tuple holds any values in order: t[i] reads one (a negative i counts from the end), len(t) counts them, a for loop visits each, and an empty tuple is false."""


def walker(x):
    t = (x, "two", None, (3, 4), ())
    yield t
    yield t[0]
    yield t[-1]
    yield t[3][1]
    yield len(t)
    yield len(t[3])
    yield len("héllo")
    for item in t:
        emit(item)
    if not ():
        emit("the empty tuple is false")
    if (0,):
        emit("a tuple holding a false value is true")
    single = (x,)
    yield single


DRIVE = [
    ("new", "g", "walker", 1),
    ("drain", "g"),
]
