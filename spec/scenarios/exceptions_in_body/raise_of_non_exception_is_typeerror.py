"""raise of a value that is not an exception, or with a cause that is neither an exception nor None, raises TypeError, itself chained to the exception being handled."""


def gen(value):
    try:
        raise value
    except TypeError as e:
        yield (e, e.__context__)
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise ValueError("v") from value
        except TypeError as e:
            yield (e, e.__context__)
    try:
        raise value from None
    except TypeError as e:
        yield e


DRIVE = [
    ("new", "g", "gen", 42),
    ("drain", "g"),
]
