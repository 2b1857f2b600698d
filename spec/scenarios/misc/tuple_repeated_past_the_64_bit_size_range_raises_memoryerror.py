"""A tuple repeated so many times that its size in items passes 2**64 raises MemoryError, as any repetition too big for memory does, and does not wrap around to a short tuple."""


def repeats():
    for case in (((1, 2, 3, 4), 4611686018427387904), ((1, 2, 3), 6148914691236517206),
                 ((1, 2), 9223372036854775807)):
        try:
            yield case[0] * case[1]
        except MemoryError as e:
            emit(e)
        try:
            yield case[1] * case[0]
        except MemoryError as e:
            emit(e)


DRIVE = [
    ("new", "g", "repeats"),
    ("drain", "g"),
]
