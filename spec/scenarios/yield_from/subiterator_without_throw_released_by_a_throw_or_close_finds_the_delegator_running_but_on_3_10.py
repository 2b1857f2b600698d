"""A subiterator without a throw method, whether the yield from's operand or the iterator its __iter__ gave, that a throw() or a close() at the yield from releases is released while the delegator runs (a finally block its release runs finds it GEN_RUNNING), except on 3.10, whose frame unwinding is not running (GEN_SUSPENDED); from 3.12 a thrown StopIteration is the yield from's result."""


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


def delegator(operand_is_iterator):
    me = yield "send me myself"
    if operand_is_iterator:
        result = yield from Ticker(me)
    else:
        result = yield from Iterable(me)
    emit(result)
    yield "after"


DRIVE = [
    ("new", "s", "delegator", True),
    ("next", "s"),
    ("send", "s", "@s"),
    ("throw", "s", "StopIteration", "done"),
    ("new", "v", "delegator", True),
    ("next", "v"),
    ("send", "v", "@v"),
    ("throw", "v", "ValueError", "thrown"),
    ("new", "c", "delegator", True),
    ("next", "c"),
    ("send", "c", "@c"),
    ("close", "c"),
    ("new", "is", "delegator", False),
    ("next", "is"),
    ("send", "is", "@is"),
    ("throw", "is", "StopIteration", "done"),
    ("new", "iv", "delegator", False),
    ("next", "iv"),
    ("send", "iv", "@iv"),
    ("throw", "iv", "ValueError", "thrown"),
    ("new", "ic", "delegator", False),
    ("next", "ic"),
    ("send", "ic", "@ic"),
    ("close", "ic"),
]
