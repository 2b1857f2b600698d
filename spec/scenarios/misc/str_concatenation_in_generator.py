"""str + str concatenates, and += on a str local builds a longer string across yields."""


def builder():
    s = ""
    part = yield s
    while part is not None:
        s += part
        part = yield s
    return "[" + s + "]"


DRIVE = [
    ("new", "g", "builder"),
    ("next", "g"),
    ("send", "g", "ab"),
    ("send", "g", ""),
    ("send", "g", "c"),
    ("send", "g", None),
]
