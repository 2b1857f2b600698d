"""A for loop in an outer generator pulls the inner generator lazily, one value per outer resumption."""


def numbers(n):
    i = 0
    while i < n:
        emit("produce")
        yield i
        i += 1
    emit("numbers exhausted")


def squares(n):
    for x in numbers(n):
        yield x * x
    emit("loop over")


DRIVE = [
    ("new", "g", "squares", 3),
    ("next", "g"),
    ("next", "g"),
    ("drain", "g"),
]
