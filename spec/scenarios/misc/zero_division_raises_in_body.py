"""Integer // and % by zero raise ZeroDivisionError inside the generator body, where it can be caught or escape.

The message of % by zero differs by version: "integer modulo by zero" from
CPython 3.11 on, "integer division or modulo by zero" before.
"""


def divider(d):
    try:
        yield 10 // d
    except ZeroDivisionError as e:
        emit(e)
    try:
        yield 10 % d
    except ZeroDivisionError as e:
        emit(e)
    yield -3 // d


DRIVE = [
    ("new", "g", "divider", 0),
    ("drain", "g"),
    ("new", "h", "divider", -4),
    ("drain", "h"),
]
