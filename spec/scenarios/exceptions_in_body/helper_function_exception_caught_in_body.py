"""An exception raised by a plain helper function propagates into the generator body, where it can be caught."""


class ParseError(Exception):
    pass


def parse_digit(c):
    if c == "0":
        return 0
    if c == "1":
        return 1
    raise ParseError("bad digit " + c)


def reader():
    c = yield
    while c is not None:
        try:
            emit(parse_digit(c))
        except ParseError as e:
            emit(e.args[0])
        c = yield


DRIVE = [
    ("new", "g", "reader"),
    ("next", "g"),
    ("send", "g", "1"),
    ("send", "g", "x"),
    ("send", "g", "0"),
    ("send", "g", None),
]
