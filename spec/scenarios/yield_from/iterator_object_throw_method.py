"""throw() into a generator delegating to an object with a throw method calls it: its return value is yielded, its StopIteration(value) ends the delegation with that value, any other exception it raises is raised at the yield from."""


class Absorber:
    def __init__(self):
        self.throws = 0

    def __iter__(self):
        return self

    def __next__(self):
        return "item"

    def throw(self, exc):
        self.throws += 1
        emit(self.throws)
        if self.throws == 2:
            raise StopIteration("finished by throw")
        if self.throws == 3:
            raise KeyError("from throw")
        return "absorbed"


def delegator(it):
    r = yield from it
    emit(r)
    try:
        yield from it
    except KeyError as e:
        emit(e)
    yield "end"


def start():
    yield from delegator(Absorber())


DRIVE = [
    ("new", "g", "start"),
    ("next", "g"),
    ("throw", "g", "ValueError", "first"),
    ("throw", "g", "ValueError"),
    ("throw", "g", "TypeError", "third"),
    ("next", "g"),
]
