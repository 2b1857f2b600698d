"""A cause that is an expression other than None, a class, T(arg) or a local is outside the subset."""


def body():
    try:
        yield 1
    except KeyError as e:
        raise ValueError("converted") from e.args


DRIVE = [("new", "g", "body")]
