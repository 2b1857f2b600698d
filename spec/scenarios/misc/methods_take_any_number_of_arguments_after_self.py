"""A method takes its arguments after self in order, none or one as well as four, five or seven of them, and so does __init__."""


class Mixer:
    def __init__(self, a, b, c, d, e):
        self.total = a + b + c + d + e

    def none(self):
        return self.total

    def one(self, a):
        return a

    def two(self, a, b):
        return (a, b)

    def three(self, a, b, c):
        return (a, b, c)

    def four(self, a, b, c, d):
        return (a, b, c, d)

    def five(self, a, b, c, d, e):
        return (a, b, c, d, e, self.total)

    def seven(self, a, b, c, d, e, f, g):
        return a + b + c + d + e + f + g


def mixing():
    m = Mixer(1, 2, 3, 4, 5)
    yield m.none()
    yield m.one("x")
    yield m.two("a", "b")
    yield m.three("a", "b", "c")
    yield m.four(1, 2, 3, 4)
    yield m.five("a", "b", "c", "d", "e")
    yield m.seven("s", "e", "v", "e", "n", "t", "h")


DRIVE = [
    ("new", "g", "mixing"),
    ("drain", "g"),
]
