"""A parser driven by send() assembles words into lines, yields each completed line when sent a newline token, and returns the line count when sent "EOF"."""


class ParseError(Exception): pass


def line_parser():
    lines = 0
    line = ""
    word = yield None
    while word != "EOF":
        if word == "\n":
            if line == "":
                raise ParseError("empty line")
            lines += 1
            emit(line)
            done = line
            line = ""
            word = yield done
        else:
            if line == "":
                line = word
            else:
                line = line + " " + word
            word = yield None
    if line != "":
        raise ParseError("unterminated line: " + line)
    return lines


DRIVE = [
    ("new", "p", "line_parser"),
    ("next", "p"),
    ("send", "p", "hello"),
    ("send", "p", "world"),
    ("send", "p", "\n"),
    ("send", "p", "second"),
    ("send", "p", "\n"),
    ("send", "p", "EOF"),
    ("new", "q", "line_parser"),
    ("next", "q"),
    ("send", "q", "\n"),
    ("state", "q"),
    ("new", "r", "line_parser"),
    ("next", "r"),
    ("send", "r", "dangling"),
    ("send", "r", "EOF"),
]
