"""range() takes ints of any size: a for loop or a yield from over bounds beyond 64 bits gives the exact ints, leaving by break or by an exception as any range loop does."""


def big_ranges():
    for i in range(9223372036854775806, 9223372036854775810):
        yield i
    for i in range(-9223372036854775807, -9223372036854775811, -1):
        yield i
    for i in range(0, 30000000000000000000, 10000000000000000000):
        yield i
    for i in range(100000000000000000000, 100000000000000000000000):
        if i > 100000000000000000001:
            break
        yield i
    try:
        for i in range(100000000000000000000, 100000000000000000010):
            yield i // 0
    except ZeroDivisionError as e:
        emit(e)
    yield from range(18446744073709551616, 18446744073709551619)
    yield from range(-18446744073709551616, 0, 9223372036854775808)


DRIVE = [
    ("new", "g", "big_ranges"),
    ("drain", "g"),
]
