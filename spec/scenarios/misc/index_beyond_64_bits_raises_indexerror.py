"""A tuple index (or an exception's args index) beyond 64 bits raises IndexError "cannot fit 'int' into an index-sized integer", whatever its sign, where a smaller out-of-range index says "tuple index out of range"."""


def indexes():
    t = (1, 2)
    for i in (100000000000000000000, -100000000000000000000, 9223372036854775808, 3):
        try:
            yield t[i]
        except IndexError as e:
            emit(e)
    try:
        raise ValueError("a")
    except ValueError as e:
        yield e.args[-9223372036854775809]


DRIVE = [
    ("new", "g", "indexes"),
    ("drain", "g"),
]
