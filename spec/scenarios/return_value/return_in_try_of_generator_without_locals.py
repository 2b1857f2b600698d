"""A generator with no locals whose try block returns before its except clause could ever run still yields, returns its value and is closed like any other (found by the fuzzer, seed 1027146: the compiled C lacked the frame its yields write to)."""


def returns_in_try():
    yield "before try"
    try:
        return "returned in try"
    except ZeroDivisionError:
        raise ValueError("never raised")


DRIVE = [
    ("new", "g", "returns_in_try"),
    ("next", "g"),
    ("next", "g"),
    ("new", "h", "returns_in_try"),
    ("next", "h"),
    ("close", "h"),
    ("state", "h"),
]
