"""An iterator object without a throw method that a throw() at its yield from releases is released while the delegator runs (a finally block its release runs finds it GEN_RUNNING), except on 3.10, which releases it before resuming the delegator (GEN_SUSPENDED); from 3.12 a thrown StopIteration is the yield from's result."""


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


def delegator():
    me = yield "send me myself"
    result = yield from Ticker(me)
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
]
