"""Breaking out of a for loop over a generator leaves it suspended where it was, so it can be resumed later."""


def counter():
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        emit("counter finally")


def consumer(c):
    for x in c:
        if x == 2:
            break
    emit(state(c))
    yield x


DRIVE = [
    ("new", "c", "counter"),
    ("new", "g", "consumer", "@c"),
    ("drain", "g"),
    ("state", "c"),
    ("next", "c"),
    ("del", "g"),
    ("del", "c"),
]
