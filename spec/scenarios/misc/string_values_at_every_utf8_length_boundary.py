"""Characters at both ends of every UTF-8 sequence length (one to four bytes) pass through yield, concatenation and emit unchanged."""


def boundaries():
    yield "\u007f"
    yield "\u0080"
    yield "\u07ff"
    yield "\u0800"
    yield "\u0e44"
    yield "\uffff"
    yield "\U00010000"
    yield "\U0010ffff"
    emit("\u0800" + "\U00010000" + "\u07ff")


DRIVE = [
    ("new", "g", "boundaries"),
    ("drain", "g"),
]
