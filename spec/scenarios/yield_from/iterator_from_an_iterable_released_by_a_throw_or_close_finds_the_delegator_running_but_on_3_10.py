"""The iterator that an iterable's __iter__ gave a yield from, without a throw method, is released by a throw() or a close() at that yield from while the delegator runs (a finally block its release runs finds it GEN_RUNNING), except on 3.10 (GEN_SUSPENDED, its frame unwinding); from 3.12 a thrown StopIteration is the yield from's result."""


def guarded(outer):
    try:
        yield "guard"
    finally:
        emit(state(outer))


class Ticker:
    def __init__(self, outer):
        self.guard = guarded(outer)
        next(self.guard)

    def __iter__(self):
        return self

    def __next__(self):
        return "tick"


class Iterable:
    def __init__(self, outer):
        self.outer = outer

    def __iter__(self):
        return Ticker(self.outer)


def delegator():
    me = yield "send me myself"
    result = yield from Iterable(me)
    emit(result)
    yield "after"


DRIVE = [
    ("new", "s", "delegator"),
    ("next", "s"),
    ("send", "s", "@s"),
    ("throw", "s", "StopIteration", "done"),
    ("state", "s"),
    ("new", "v", "delegator"),
    ("next", "v"),
    ("send", "v", "@v"),
    ("throw", "v", "ValueError", "thrown"),
    ("state", "v"),
    ("new", "c", "delegator"),
    ("next", "c"),
    ("send", "c", "@c"),
    ("close", "c"),
    ("state", "c"),
]
