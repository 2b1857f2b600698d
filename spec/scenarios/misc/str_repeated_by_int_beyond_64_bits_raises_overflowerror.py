"""A str times an int beyond 64 bits (on either side, of either sign) raises OverflowError "cannot fit 'int' into an index-sized integer"; a count that fits but makes a str longer than the index range raises "repeated string is too long"."""


def repeats():
    for count in (100000000000000000000, -100000000000000000000):
        try:
            yield "ab" * count
        except OverflowError as e:
            emit(e)
        try:
            yield count * "ab"
        except OverflowError as e:
            emit(e)
    try:
        yield "ab" * 4611686018427387904
    except OverflowError as e:
        emit(e)
    yield "ab" * (100000000000000000000 - 99999999999999999998)


DRIVE = [
    ("new", "g", "repeats"),
    ("drain", "g"),
]
