"""A step may only name a generator that an earlier new step created and no del removed."""


def body():
    yield 1


DRIVE = [
    ("new", "g", "body"),
    ("del", "g"),
    ("next", "g"),
]
