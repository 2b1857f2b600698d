"""A new step must name a function of the file (an exception class is none); the steps using the name it failed to bind are not reported again."""


def helper():
    return 1


DRIVE = [
    ("new", "g", "ValueError"),
    ("next", "g"),
    ("send", "g", 1),
    ("throw", "g", "ValueError"),
]
