"""Reading sys.exc_info()[0].__name__ with no exception handled raises AttributeError, as None.__name__ does."""
import sys


def reader():
    try:
        yield sys.exc_info()[0].__name__
    except AttributeError as e:
        yield e
    try:
        raise KeyError("handled")
    except KeyError:
        yield sys.exc_info()[0].__name__


DRIVE = [
    ("new", "g", "reader"),
    ("drain", "g"),
]
