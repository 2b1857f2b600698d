"""A generator can return any value: an int, a string, a boolean, another generator object, or a caught exception object."""


def inner():
    yield "inner"


def returns(kind):
    yield kind
    if kind == "int":
        return -7
    if kind == "str":
        return "text"
    if kind == "bool":
        return False
    if kind == "gen":
        return inner()
    try:
        raise KeyError("kept")
    except KeyError as e:
        return e


DRIVE = [
    ("new", "a", "returns", "int"),
    ("drain", "a"),
    ("new", "b", "returns", "str"),
    ("drain", "b"),
    ("new", "c", "returns", "bool"),
    ("drain", "c"),
    ("new", "d", "returns", "gen"),
    ("drain", "d"),
    ("new", "e", "returns", "exc"),
    ("drain", "e"),
]
