"""g.throw(type, value) and g.throw(type, value, None) raise type(value) (type() for a None value) in the generator, a traceback that is not None is refused with TypeError before the generator runs, and from 3.12 each of these forms first warns DeprecationWarning."""


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            emit(e)


DRIVE = [
    ("new", "g", "catcher"),
    ("next", "g"),
    ("throw_value", "g", "ValueError", "two arguments"),
    ("throw_value", "g", "ValueError", None),
    ("throw_value", "g", "ValueError", 7, None),
    ("throw_value", "g", "ValueError", "bad traceback", 23),
    ("state", "g"),
    ("throw_value", "g", "KeyError", "uncaught"),
    ("state", "g"),
]
