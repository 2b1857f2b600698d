"""An int of thousands of digits is exact and written in full in a trace, positive or negative."""


def huge():
    x = 1
    for i in range(400):
        x *= 10000000000
    yield x + 1
    yield -x - 7
    yield x // 10000000000000000000000000000000000000000000000000 % 1000


DRIVE = [
    ("new", "g", "huge"),
    ("drain", "g"),
]
