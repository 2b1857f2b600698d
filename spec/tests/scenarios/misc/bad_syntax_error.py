"""A scenario that is not even Python: the validator reports CPython's syntax error."""


def body():
    x = = 1
    yield x


DRIVE = [("new", "g", "body")]
