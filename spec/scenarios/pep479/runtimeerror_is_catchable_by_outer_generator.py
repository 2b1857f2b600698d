"""The RuntimeError produced from a leaked StopIteration reaches the caller generator, which can catch it and read its message."""


def leaky():
    yield 1
    raise StopIteration


def outer():
    it = leaky()
    next(it)
    try:
        next(it)
    except StopIteration:
        emit("saw StopIteration")
    except RuntimeError as e:
        emit(e.args[0])
    yield "recovered"


DRIVE = [
    ("new", "g", "outer"),
    ("drain", "g"),
]
