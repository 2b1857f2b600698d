"""Attributes whose names are a prefix of another's or differ from it in one letter (`a`, `ax`, `b`) each keep the value assigned to that exact name."""


class Names:
    def __init__(self):
        self.a = "value of a"
        self.ax = "value of ax"
        self.b = "value of b"

    def read(self):
        return (self.a, self.ax, self.b)


def reader():
    n = Names()
    yield n.read()
    yield n.a
    yield n.ax
    yield n.b


DRIVE = [
    ("new", "g", "reader"),
    ("drain", "g"),
]
