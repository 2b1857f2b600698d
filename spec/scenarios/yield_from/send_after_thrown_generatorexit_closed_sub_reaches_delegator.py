"""After GeneratorExit thrown into a delegator closed its subgenerator and the delegator caught it, a value sent to the top of the chain reaches that delegator, never a generator created since."""


def leaf():
    yield "leaf"
    yield "leaf again"


def other():
    yield "other"
    yield "other again"


def middle():
    try:
        yield from leaf()
    except GeneratorExit:
        emit("middle caught GeneratorExit")
    x = yield "middle after the close"
    emit(x)
    yield "middle end"


def top(sub):
    yield from sub


DRIVE = [
    ("new", "m", "middle"),
    ("new", "t", "top", "@m"),
    ("next", "t"),
    ("next", "t"),
    ("throw", "m", "GeneratorExit"),
    ("new", "o", "other"),
    ("next", "o"),
    ("send", "t", "for the middle"),
    ("next", "o"),
]
