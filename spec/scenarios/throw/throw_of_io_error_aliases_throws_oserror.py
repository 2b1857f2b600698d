"""Throwing IOError or EnvironmentError, CPython's aliases of OSError, throws an OSError: a handler for OSError catches it and its type is OSError."""


def catcher():
    while True:
        try:
            yield "waiting"
        except OSError as e:
            yield type(e).__name__


DRIVE = [
    ("new", "g", "catcher"),
    ("next", "g"),
    ("throw", "g", "IOError"),
    ("next", "g"),
    ("throw", "g", "EnvironmentError", "path"),
    ("next", "g"),
    ("throw", "g", "OSError"),
]
