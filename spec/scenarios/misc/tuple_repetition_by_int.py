"""A tuple times an int (either order) repeats its items, a count of zero or less gives the empty tuple, and a count that is not an int raises TypeError "can't multiply sequence by non-int" naming its type."""


def repeats():
    pair = (1, "a")
    yield pair * 3
    yield 2 * (None,)
    yield pair * 1
    yield pair * 0
    yield pair * -2
    yield () * 4
    yield (True * pair) == pair
    yield pair * False
    nested = (pair,) * 2
    yield nested


def refuses(count):
    if count == "tuple":
        count = (3,)
    yield "start"
    try:
        yield (1, 2) * count
    except TypeError as e:
        emit(e.args[0])
    try:
        yield count * (1, 2)
    except TypeError as e:
        emit(e.args[0])


DRIVE = [
    ("new", "g", "repeats"),
    ("drain", "g"),
    ("new", "s", "refuses", "3"),
    ("drain", "s"),
    ("new", "t", "refuses", "tuple"),
    ("drain", "t"),
    ("new", "n", "refuses", None),
    ("drain", "n"),
]
