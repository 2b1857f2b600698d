"""A bare raise in a plain function re-raises the exception its caller is handling, through nested calls, and raises RuntimeError when the caller handles none."""


class Flaky(Exception): pass


def reraise():
    raise


def middle():
    try:
        reraise()
    except Flaky as e:
        return e


def body():
    try:
        raise Flaky("first")
    except Flaky:
        emit(middle())
        try:
            reraise()
        except Flaky as e:
            emit(e)
    try:
        reraise()
    except RuntimeError as e:
        yield e
    yield middle()


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("next", "g"),
]
