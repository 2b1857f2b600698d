"""A range whose next step would pass the 64-bit limits ends at its last item, ascending or descending, in a for loop and in a yield from, bool bounds count as the ints they are, and a start beyond 64 bits steps exactly towards a small stop."""


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
    for i in range(-18446744073709551616, 0):
        if i > -18446744073709551615:
            break
        yield i


DRIVE = [
    ("new", "g", "ends"),
    ("drain", "g"),
]
