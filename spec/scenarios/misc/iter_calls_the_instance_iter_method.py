"""iter() of an instance calls its class's __iter__ and returns what it returns when that is an iterator (a generator, or the instance itself), raises TypeError when it is not, and type(x).__name__ of an instance is its class's name."""


def numbers():
    yield 10


class Gives:
    def __iter__(self):
        emit("__iter__")
        return numbers()


class Itself:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class Bad:
    def __iter__(self):
        return 3


def user():
    a = Gives()
    it = iter(a)
    yield type(it).__name__
    yield next(it)
    b = Itself()
    yield iter(b) is b
    yield type(b).__name__
    try:
        iter(Bad())
    except TypeError as e:
        yield e


DRIVE = [
    ("new", "u", "user"),
    ("drain", "u"),
]
