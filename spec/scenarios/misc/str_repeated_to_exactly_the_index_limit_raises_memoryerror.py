"""A str repeated to exactly 9223372036854775807 characters, the largest length the index range allows, is not "too long" (OverflowError) but more than memory holds: MemoryError, as for any length just below."""


def repeats():
    for count in (9223372036854775807, 9223372036854775806):
        try:
            yield "a" * count
        except MemoryError as e:
            emit(e)
        except OverflowError as e:
            emit(e)
    try:
        yield 9223372036854775807 * "a"
    except MemoryError as e:
        emit(e)
    except OverflowError as e:
        emit(e)


DRIVE = [
    ("new", "g", "repeats"),
    ("drain", "g"),
]
