"""A new step must name a generator function; the steps using the name it failed to bind are not reported again."""


def helper():
    return 1


DRIVE = [
    ("new", "g", "helper"),
    ("next", "g"),
    ("send", "g", 1),
    ("throw", "g", "ValueError"),
]
