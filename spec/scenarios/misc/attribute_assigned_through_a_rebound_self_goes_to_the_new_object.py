"""An attribute assigned through `self` after a method rebound it goes to the object `self` now names: an instance of another class or an exception stores any name (CPython's instance __dict__), an int or a generator has no __dict__ and raises AttributeError."""


class Plain:
    def __init__(self):
        self.a = 1


class Other:
    def __init__(self):
        self.b = 2

    def poke(self, victim):
        self = victim
        self.b = 5
        self.a += 10
        return self.b

    def store(self, target):
        self = target
        self.b = 6
        return self.b

    def peek(self, victim):
        self = victim
        return self.b


def child(name):
    try:
        yield name
    finally:
        emit("finalized " + name)


def g():
    o = Other()
    p = Plain()
    yield o.poke(p)
    yield p.a
    yield o.peek(p)
    yield o.b
    try:
        yield o.peek(Plain())
    except AttributeError as e:
        emit(e)
    try:
        raise KeyError("k")
    except KeyError as e:
        yield o.store(e)
        yield o.peek(e)
    try:
        yield o.store(3)
    except AttributeError as e:
        emit(e)
    c = child("held")
    try:
        yield o.store(c)
    except AttributeError as e:
        emit(e)
    yield next(c)


DRIVE = [
    ("new", "g", "g"),
    ("drain", "g"),
]
