"""Breaking out of a for loop over a generator that nothing else references finalizes it at the break, running its finally."""


def numbers():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        emit("numbers finally")


def first_over_one():
    for x in numbers():
        if x > 1:
            emit("breaking")
            break
    emit("after loop")
    yield x


DRIVE = [
    ("new", "g", "first_over_one"),
    ("drain", "g"),
]
