"""x.throw(E(arg)) on an iterator object calls its throw method with the exception as its one argument and gives back what the method returns."""


class Absorber:
    def __init__(self):
        self.caught = 0

    def __iter__(self):
        return self

    def __next__(self):
        return self.caught

    def throw(self, exc):
        self.caught += 1
        emit(exc)
        return "absorbed " + exc.args[0]


def thrower():
    a = Absorber()
    yield a.throw(ValueError("first"))
    yield a.throw(KeyError("second"))
    yield next(a)


DRIVE = [
    ("new", "g", "thrower"),
    ("drain", "g"),
]
