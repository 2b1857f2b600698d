"""yield from a str delegates to its iterator, which yields one character at a time (any UTF-8 length) and has no send method: sending a value other than None raises AttributeError naming the iterator's type (str_ascii_iterator for an all-ASCII string from CPython 3.11, else str_iterator)."""


def text():
    return "aé€😀"


def characters():
    result = yield from text()
    emit(result)
    yield from ""
    for c in "xy":
        yield c


def sending(s):
    try:
        yield from s
    except AttributeError as e:
        emit(e.args[0])
    yield "after"


DRIVE = [
    ("new", "g", "characters"),
    ("drain", "g"),
    ("new", "a", "sending", "ab"),
    ("next", "a"),
    ("send", "a", 1),
    ("next", "a"),
    ("new", "u", "sending", "éa"),
    ("next", "u"),
    ("send", "u", 1),
    ("next", "u"),
]
