"""A non-recursive in-order tree walk keeps its pending nodes in a stack across yields and ends with return from an except IndexError handler when popping the empty stack fails (CPython: test_generators doctest pep, non-recursive in-order walk; the list stack is a chain of (node, rest) tuples here)."""


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


def inorder(node):
    stack = ()
    while node:
        while node.left:
            stack = (node, stack)
            node = node.left
        yield node.label
        while not node.right:
            try:
                node = stack[0]
                stack = stack[1]
            except IndexError:
                emit("stack empty")
                return
            yield node.label
        node = node.right


def alphabet():
    return ("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K")


def walk():
    for x in tree(alphabet(), 0, 11):
        emit(x)
    yield "walked"


def stepwise():
    yield from tree(alphabet(), 0, 4)


DRIVE = [
    ("new", "g", "walk"),
    ("drain", "g"),
    ("new", "s", "stepwise"),
    ("next", "s"),
    ("next", "s"),
    ("state", "s"),
    ("drain", "s"),
]
