"""A str repeated past the index range in characters is "too long" (OverflowError), while one that fits it in characters is MemoryError however many bytes each character takes."""


def repeats():
    for case in (("é", 4611686018427387904), ("中", 3074457345618258603),
                 ("𠀀", 9223372036854775807), ("aé", 4611686018427387903),
                 ("éé", 4611686018427387904)):
        try:
            yield case[0] * case[1]
        except MemoryError as e:
            emit(e)
        except OverflowError as e:
            emit(e)


DRIVE = [
    ("new", "g", "repeats"),
    ("drain", "g"),
]
