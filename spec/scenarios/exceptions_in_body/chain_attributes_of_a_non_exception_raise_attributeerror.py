"""Reading __context__, __cause__ or __suppress_context__ of a value that is not an exception raises AttributeError; of an exception raised with nothing handled they are None, None and False."""


def attribute(value, which):
    try:
        if which == 0:
            return value.__context__
        if which == 1:
            return value.__cause__
        return value.__suppress_context__
    except AttributeError as e:
        return e


def gen():
    for which in range(3):
        yield attribute(None, which)
        yield attribute(7, which)
    try:
        raise KeyError("alone")
    except KeyError as e:
        for which in range(3):
            yield attribute(e, which)


DRIVE = [
    ("new", "g", "gen"),
    ("drain", "g"),
]
