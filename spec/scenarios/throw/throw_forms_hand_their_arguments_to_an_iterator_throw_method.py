"""throw's two- and three-argument forms hand their arguments as they are to the throw method of the iterator object a delegator is suspended in, so a throw(self, exc) method refuses them with TypeError at the yield from, as CPython's _gen_throw calls yf.throw(typ, val, tb)."""


class Ticker:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        return self.n

    def throw(self, exc):
        emit("throw method reached")
        return self.n


def delegator():
    try:
        yield from Ticker(5)
    except TypeError as e:
        emit(e)
    yield "after"


def one_argument():
    g = delegator()
    yield next(g)
    yield g.throw(ValueError)


DRIVE = [
    ("new", "g", "delegator"),
    ("next", "g"),
    ("throw_value", "g", "ValueError", "reason"),
    ("new", "h", "delegator"),
    ("next", "h"),
    ("throw_value", "h", "KeyError", None, None),
    ("new", "k", "one_argument"),
    ("drain", "k"),
]
