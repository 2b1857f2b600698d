"""A lambda inside a body is outside the subset."""


def body():
    twice = lambda x: x * 2
    yield 1


DRIVE = [("new", "g", "body")]
