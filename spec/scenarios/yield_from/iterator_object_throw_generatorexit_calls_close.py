"""throw(GeneratorExit) into a generator delegating to an object calls the object's close method, not its throw method, then raises GeneratorExit at the yield from."""


class Both:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def throw(self, exc):
        emit("throw method")
        return 2

    def close(self):
        emit("close method")


def delegator():
    try:
        yield from Both()
    except GeneratorExit:
        emit("GeneratorExit")
    yield "after"


DRIVE = [
    ("new", "g", "delegator"),
    ("next", "g"),
    ("throw", "g", "ValueError"),
    ("throw", "g", "GeneratorExit"),
    ("next", "g"),
]
