"""yield may only be a whole statement or the whole right-hand side of an assignment."""


def body():
    total = 1 + (yield)
    yield total


DRIVE = [("new", "g", "body")]
