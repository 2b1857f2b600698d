"""Closing a suspended generator that lets GeneratorExit propagate returns None in every version, even though its body has a later return value."""


def body():
    yield 1
    return "never returned"


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
]
