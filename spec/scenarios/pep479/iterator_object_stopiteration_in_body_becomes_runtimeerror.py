"""next() of an exhausted iterator object inside a generator body raises StopIteration there, which PEP 479 turns into RuntimeError when it leaves the generator."""


class Empty:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration("empty")


def careless():
    yield "first"
    x = next(Empty())
    yield x


DRIVE = [
    ("new", "g", "careless"),
    ("next", "g"),
    ("next", "g"),
    ("state", "g"),
]
