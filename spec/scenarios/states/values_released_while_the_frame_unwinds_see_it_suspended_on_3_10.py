"""What a generator's frame releases while an exception unwinds it (a for loop's iterator, a yield from's subiterator, an operand evaluated before the one that raised) is released with the generator GEN_RUNNING, except on 3.10, where a frame that unwinds is not running and the generator reads GEN_SUSPENDED. A close() at a yield outside every try block does not unwind on 3.13: the frame is cleared with the generator already GEN_CLOSED."""


def guarded(outer, tag):
    try:
        yield "guard"
    finally:
        emit((tag, state(outer)))


class Ticker:
    def __init__(self, outer, tag):
        self.guard = guarded(outer, tag)
        next(self.guard)

    def __iter__(self):
        return self

    def __next__(self):
        return "tick"


def body_raises_in_for():
    me = yield "send me myself"
    for x in Ticker(me, "for, body raises"):
        yield x
        raise KeyError("body")


def thrown_into_for():
    me = yield "send me myself"
    for x in Ticker(me, "for, thrown into"):
        yield x


def thrown_into_yield_from_and_caught():
    me = yield "send me myself"
    try:
        yield from Ticker(me, "yield from, thrown into, caught")
    except ValueError as e:
        emit(e)
    yield "after"


def closed_in_for():
    me = yield "send me myself"
    for x in Ticker(me, "for, closed"):
        yield x


def operand_before_the_raising_one():
    me = yield "send me myself"
    try:
        yield (Ticker(me, "operand, caught"), 1 // 0)
    except ZeroDivisionError as e:
        emit(e)
    yield (Ticker(me, "operand"), 1 // 0)


DRIVE = [
    ("new", "f", "body_raises_in_for"),
    ("next", "f"),
    ("send", "f", "@f"),
    ("next", "f"),
    ("new", "t", "thrown_into_for"),
    ("next", "t"),
    ("send", "t", "@t"),
    ("throw", "t", "ValueError", "thrown"),
    ("new", "c", "thrown_into_yield_from_and_caught"),
    ("next", "c"),
    ("send", "c", "@c"),
    ("throw", "c", "ValueError", "thrown"),
    ("state", "c"),
    ("new", "l", "closed_in_for"),
    ("next", "l"),
    ("send", "l", "@l"),
    ("close", "l"),
    ("new", "o", "operand_before_the_raising_one"),
    ("next", "o"),
    ("send", "o", "@o"),
]
