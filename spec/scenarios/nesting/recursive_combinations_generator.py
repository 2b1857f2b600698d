"""A recursive generator yields every k-combination of a tuple by looping over two recursive calls of itself, and one asked for more items than remain returns before yielding anything (CPython: test_generators doctest email, gcomb combinations; lists are tuples here)."""


def gcomb(items, start, k):
    if k > len(items) - start:
        return
    if k == 0:
        yield ()
    else:
        first = items[start]
        for c in gcomb(items, start + 1, k - 1):
            yield (first,) + c
        for c in gcomb(items, start + 1, k):
            yield c


def all_sizes(n):
    seq = ()
    for i in range(1, n + 1):
        seq = seq + (i,)
    for k in range(len(seq) + 2):
        emit(k)
        for c in gcomb(seq, 0, k):
            yield c


DRIVE = [
    ("new", "g", "all_sizes", 4),
    ("drain", "g"),
    ("new", "h", "gcomb", "ab", 0, 3),
    ("next", "h"),
]
