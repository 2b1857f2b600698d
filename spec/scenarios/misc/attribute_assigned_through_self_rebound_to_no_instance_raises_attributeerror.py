"""Assigning an attribute through a method's self rebound to an int, a str or None raises AttributeError, and the value that was to be stored is released at once."""


def held(name):
    try:
        yield name
    finally:
        emit(name + " released")


def started(name):
    value = held(name)
    next(value)
    return value


class Keeper:
    def __init__(self):
        self.kept = None

    def store(self, target, name):
        self = target
        self.kept = started(name)
        return "stored"

    def drop(self):
        self.kept = None


def assignments(number, text):
    keeper = Keeper()
    yield keeper.store(keeper, "first")
    for target in (number, text, None):
        try:
            yield keeper.store(target, "refused")
        except AttributeError as e:
            emit(type(e).__name__)
        yield "after"
    keeper.drop()
    yield "end"


DRIVE = [
    ("new", "g", "assignments", 4, "ab"),
    ("drain", "g"),
]
