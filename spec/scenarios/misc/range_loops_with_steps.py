"""for over range() with a start, a negative step or an empty range iterates exactly the Python values."""


def ranges():
    for i in range(3):
        yield i
    for i in range(5, 0, -2):
        yield i
    for i in range(2, 2):
        yield "never"
    for i in range(-1, 2):
        yield i


DRIVE = [
    ("new", "g", "ranges"),
    ("drain", "g"),
]
