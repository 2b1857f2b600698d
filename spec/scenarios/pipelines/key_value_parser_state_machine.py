"""A parser fed characters of "key=value;" records by send switches between key and value states and rejects malformed input with an exception."""


class SyntaxProblem(Exception):
    pass


def parser():
    key = ""
    value = ""
    in_value = False
    out = None
    while True:
        c = yield out
        out = None
        if c == "=":
            if in_value or key == "":
                raise SyntaxProblem("unexpected =")
            in_value = True
        elif c == ";":
            out = key + "->" + value
            key = ""
            value = ""
            in_value = False
        elif in_value:
            value += c
        else:
            key += c


DRIVE = [
    ("new", "p", "parser"),
    ("next", "p"),
    ("send", "p", "a"),
    ("send", "p", "="),
    ("send", "p", "1"),
    ("send", "p", ";"),
    ("send", "p", "b"),
    ("send", "p", "c"),
    ("send", "p", "="),
    ("send", "p", ";"),
    ("send", "p", "="),
    ("state", "p"),
]
