"""An outer generator alternates between two inners with next(it, None) and stops when the shorter one ends."""


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def zipper():
    a = count(2)
    b = count(5)
    while True:
        x = next(a, None)
        y = next(b, None)
        if x is None or y is None:
            break
        yield x * 100 + y
    emit(state(a))
    emit(state(b))


DRIVE = [
    ("new", "g", "zipper"),
    ("drain", "g"),
]
