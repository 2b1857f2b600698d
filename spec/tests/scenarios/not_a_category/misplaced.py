"""A scenario must live in one of the known category folders."""


def body():
    yield 1


DRIVE = [("new", "g", "body")]
