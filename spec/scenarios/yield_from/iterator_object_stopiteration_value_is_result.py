"""yield from an object whose __next__ raises StopIteration(value) ends with that value as the result of the yield from (CPython: test_yield_from.TestPEP380Operation.test_custom_iterator_return)."""


class Returning:
    def __init__(self, items, value):
        self.items = items
        self.index = 0
        self.value_to_return = value

    def __iter__(self):
        return self

    def __next__(self):
        if self.index == len(self.items):
            raise StopIteration(self.value_to_return)
        self.index += 1
        return self.items[self.index - 1]


def delegator():
    ret = yield from Returning((), 42)
    emit(ret)
    ret = yield from Returning(("a", "b"), (1, 2))
    emit(ret)
    yield "end"


DRIVE = [
    ("new", "g", "delegator"),
    ("drain", "g"),
]
