"""A class whose __iter__ returns a recursive generator is walked in order by a for loop: each subtree's generator is driven by its parent's for loop, and an empty subtree (None) is false and yields nothing (CPython: test_generators doctest pep, recursive in-order walk of a binary tree)."""


class Tree:
    def __init__(self, label, left, right):
        self.label = label
        self.left = left
        self.right = right

    def __iter__(self):
        return inorder(self)


def tree(labels, lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(labels[mid], tree(labels, lo, mid), tree(labels, mid + 1, hi))


def inorder(t):
    if t:
        for x in inorder(t.left):
            yield x
        yield t.label
        for x in inorder(t.right):
            yield x


def walk():
    labels = ("A", "B", "C", "D", "E", "F", "G", "H", "I", "J")
    for x in tree(labels, 0, len(labels)):
        emit(x)
    yield "walked"


DRIVE = [
    ("new", "g", "walk"),
    ("drain", "g"),
]
