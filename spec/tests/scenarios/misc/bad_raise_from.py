"""Exception chaining with raise ... from ... is outside the subset."""


def body():
    try:
        yield 1
    except KeyError:
        raise ValueError("converted") from None


DRIVE = [("new", "g", "body")]
