"""A factory function of a new step may return something that is not a generator; every later step on it then raises what CPython raises for that value: TypeError for next, AttributeError for send, throw, close and the state."""


def make(n):
    return n * 2


DRIVE = [
    ("new", "g", "make", 21),
    ("next", "g"),
    ("drain", "g"),
    ("send", "g", None),
    ("throw", "g", "ValueError"),
    ("throw_value", "g", "ValueError", 1),
    ("close", "g"),
    ("state", "g"),
    ("new", "h", "make", "ab"),
    ("next", "h"),
]
