"""Return values can be combined across several yield from calls to compute a result bottom-up."""


def count_leaves(depth):
    if depth == 0:
        yield "leaf"
        return 1
    left = yield from count_leaves(depth - 1)
    right = yield from count_leaves(depth - 1)
    return left + right


def top():
    n = yield from count_leaves(3)
    emit(n)
    return n


DRIVE = [
    ("new", "g", "top"),
    ("drain", "g"),
]
