"""A recursive in-order walk of an implicit binary tree delegates to itself with yield from for each subtree and returns the subtree's node count."""


def walk(node, size):
    if node > size:
        return 0
    left = yield from walk(2 * node, size)
    yield node
    right = yield from walk(2 * node + 1, size)
    return left + 1 + right


def report(size):
    n = yield from walk(1, size)
    emit("nodes")
    emit(n)


DRIVE = [
    ("new", "g", "report", 6),
    ("drain", "g"),
    ("new", "e", "report", 0),
    ("drain", "e"),
]
