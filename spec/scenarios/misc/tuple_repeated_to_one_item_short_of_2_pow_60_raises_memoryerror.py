"""A tuple repeated to 2**60 - 1 items, whose size in bytes with its header is exactly 2**64, raises MemoryError as any repetition too big for memory does, and does not wrap around to a tiny block."""


def repeats():
    for case in (((7,), 1152921504606846975), ((1, 2, 3), 384307168202282325),
                 ((1, 2), 576460752303423487)):
        try:
            yield len(case[0] * case[1])
        except MemoryError as e:
            emit(e)
        try:
            yield len(case[1] * case[0])
        except MemoryError as e:
            emit(e)


DRIVE = [
    ("new", "g", "repeats"),
    ("drain", "g"),
]
