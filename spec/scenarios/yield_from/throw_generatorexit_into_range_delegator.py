"""throw(GeneratorExit) into a generator delegating to an iterator without close raises it at the yield from; a delegator that catches it and yields goes on as a generator."""


def stubborn():
    try:
        yield from range(4)
    except GeneratorExit:
        emit("caught GeneratorExit")
    yield "still here"


DRIVE = [
    ("new", "g", "stubborn"),
    ("next", "g"),
    ("throw", "g", "GeneratorExit"),
    ("next", "g"),
]
