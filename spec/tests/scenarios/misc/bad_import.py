"""Imports are outside the subset, inside a function too."""


def body():
    import inspect
    yield 1


DRIVE = [("new", "g", "body")]
