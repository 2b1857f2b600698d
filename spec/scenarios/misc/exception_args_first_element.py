"""e.args[0] of a caught exception is the first argument it was raised with, of any supported value type."""


class Tagged(Exception):
    pass


def reader():
    try:
        raise Tagged("text")
    except Tagged as e:
        yield e.args[0]
    try:
        raise Tagged(-42)
    except Tagged as e:
        yield e.args[0]
    try:
        raise Tagged(None)
    except Tagged as e:
        yield e.args[0]
        emit(e)


DRIVE = [
    ("new", "g", "reader"),
    ("drain", "g"),
]
