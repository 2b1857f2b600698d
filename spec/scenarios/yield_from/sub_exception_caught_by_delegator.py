"""An exception raised inside the subgenerator's body propagates out of the yield from expression and can be caught by the delegator."""


class ParseError(Exception): pass


def parse_digits(n):
    yield "digit"
    if n > 1:
        raise ParseError("too many")
    return "parsed"


def tolerant(n):
    try:
        r = yield from parse_digits(n)
        emit(r)
    except ParseError as e:
        emit("delegator caught")
        emit(e)
        yield "fallback"
    yield "end"


DRIVE = [
    ("new", "ok", "tolerant", 1),
    ("drain", "ok"),
    ("new", "bad", "tolerant", 5),
    ("drain", "bad"),
]
