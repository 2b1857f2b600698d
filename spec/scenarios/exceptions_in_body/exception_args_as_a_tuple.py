"""e.args is the tuple of an exception's arguments: empty for a class raised or thrown bare, one item for T(arg), and CPython's message for an error the runtime raises."""


def catcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            emit(e.args)
            emit(len(e.args))
            emit(e.args == ())


def raiser():
    try:
        raise KeyError
    except KeyError as e:
        yield e.args
    try:
        raise ValueError("v")
    except ValueError as e:
        yield e.args
        yield e.args[0] == e.args[-1]
    try:
        x = 1 // 0
    except ZeroDivisionError as e:
        yield e.args


DRIVE = [
    ("new", "g", "catcher"),
    ("next", "g"),
    ("throw", "g", "ValueError"),
    ("throw", "g", "KeyError", "k"),
    ("throw", "g", "TypeError", None),
    ("new", "r", "raiser"),
    ("drain", "r"),
]
