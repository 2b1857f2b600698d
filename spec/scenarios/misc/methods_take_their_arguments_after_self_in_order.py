"""A method of an iterator class receives its arguments after self in the order given, one, two or three of them."""


class Mixer:
    def __init__(self, a, b, c, d):
        self.total = a + b + c + d

    def three(self, a, b, c):
        return (a, b, c, self.total)

    def two(self, a, b):
        return (b, a)

    def one(self, a):
        return a


def mixing():
    m = Mixer(1, 2, 3, 4)
    yield m.one("x")
    yield m.two("first", "second")
    yield m.three("a", "b", "c")


DRIVE = [
    ("new", "g", "mixing"),
    ("drain", "g"),
]
