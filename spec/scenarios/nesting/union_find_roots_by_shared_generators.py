"""Each set's generator yields the set itself while it is a root and, once merged, the items of its parent's generator, so one generator is advanced by several for loops and find() always reaches the current root (CPython: test_generators doctest email, union-find (disjointSet))."""


class DisjointSet:
    def __init__(self, name):
        self.name = name
        self.parent = None
        self.generator = generate(self)

    def find(self):
        return next(self.generator)

    def union(self, parent):
        if self.parent:
            raise ValueError("Sorry, I'm not a root!")
        self.parent = parent


def generate(s):
    while not s.parent:
        yield s
    parent = s.parent
    for x in parent.generator:
        yield x


def roots(sets):
    line = ""
    for s in sets:
        root = s.find()
        line = line + " " + s.name + "->" + root.name
    return line


def merges():
    names = ("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M")
    sets = ()
    for name in names:
        sets = sets + (DisjointSet(name),)
    emit(roots(sets))
    pairs = ((10, 1), (0, 5), (4, 5), (3, 2), (12, 2), (9, 1), (1, 2), (5, 6), (11, 2), (6, 8), (8, 7), (2, 7))
    for pair in pairs:
        child = sets[pair[0]]
        parent = sets[pair[1]]
        child.union(parent)
        yield "merged " + child.name + " into " + parent.name
        emit(roots(sets))
    try:
        merged = sets[0]
        merged.union(sets[7])
    except ValueError as e:
        yield e


DRIVE = [
    ("new", "g", "merges"),
    ("next", "g"),
    ("next", "g"),
    ("drain", "g"),
]
