"""`and` and `or` evaluate to one of their operands, not to a bool, and a conditional expression picks one branch."""


def pick(a, b):
    yield a or b
    yield a and b
    yield (not a) or b
    yield b if a else "neither"
    return a and b or "fallback"


DRIVE = [
    ("new", "g", "pick", 0, "x"),
    ("drain", "g"),
    ("new", "h", "pick", "left", ""),
    ("drain", "h"),
]
