"""Control characters in a str are written as JSON writes them: the short escapes \\b \\f \\n \\r \\t, the others and DEL as \\u00XX, space and tilde as themselves."""


def controls():
    yield "\b\f\n\r\t"
    yield "\x00\x01\x1f"
    yield " ~\x7f"
    emit("quote \" backslash \\ bell \a escape \x1b")
    yield len("\x00\b\x7f")


DRIVE = [
    ("new", "g", "controls"),
    ("drain", "g"),
]
