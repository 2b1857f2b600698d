"""A range whose next step would pass the 64-bit limits ends at its last item, ascending or descending, in a for loop and in a yield from, and bool bounds count as the ints they are."""


def ends():
    for i in range(9223372036854775800, 9223372036854775807, 5):
        yield i
    for i in range(-9223372036854775800, -9223372036854775807 - 1, -5):
        yield i
    yield from range(9223372036854775805, 9223372036854775807, 3)
    yield from range(-9223372036854775805, -9223372036854775807, -3)
    for i in range(True, 3):
        yield i
    yield from range(False, True)
    for i in range(5, 0, -2):
        yield i
    yield from range(3, True, -1)


DRIVE = [
    ("new", "g", "ends"),
    ("drain", "g"),
]
