"""Lists are outside the subset."""


def body():
    items = [1, 2]
    yield items


DRIVE = [("new", "g", "body")]
