"""Strings with quotes, backslashes, control characters and non-ASCII characters pass through yield and emit unchanged."""


def strings():
    yield "say \"hi\""
    yield "back\\slash"
    yield "line1\nline2\ttab"
    emit("caf\u00e9")
    yield ""


DRIVE = [
    ("new", "g", "strings"),
    ("drain", "g"),
]
