"""// and % of ints beyond 64 bits floor toward negative infinity, so the remainder takes the divisor's sign, for every mix of signs and sizes; dividing by zero still raises ZeroDivisionError."""


def divisions():
    a = 100000000000000000000000
    for pair in ((a, 7), (-a, 7), (a, -7), (-a, -7), (a, 300000000000000000000), (-a, 300000000000000000000),
                 (7, a), (-7, a), (7, -a), (a, a), (-a, a)):
        yield pair[0] // pair[1], pair[0] % pair[1]
    try:
        yield a // 0
    except ZeroDivisionError as e:
        emit(e)
    try:
        yield a % 0
    except ZeroDivisionError as e:
        emit(e)


DRIVE = [
    ("new", "g", "divisions"),
    ("drain", "g"),
]
