"""type(x).__name__ names every kind of value of the subset, and a trace writes exceptions without arguments, big negative ints and nested tuples as Python would."""


class Counter:
    def __init__(self):
        self.count = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.count += 1
        return self.count


def child():
    yield 1


def counting():
    yield from range(2)


def values():
    try:
        raise KeyError()
    except KeyError as e:
        none = e
    try:
        raise ValueError(("one", 2))
    except ValueError as e:
        one = e
    delegator = counting()
    next(delegator)
    kinds = (delegator.gi_yieldfrom, None, True, 7, -36893488147419103232, "s", child(), none, one, (), (1,), Counter(),
             iter(()), iter((1,)))
    for value in kinds:
        emit(type(value).__name__)
    yield kinds
    yield ((), ((),), (None, ("a", (-1,))))


DRIVE = [
    ("new", "g", "values"),
    ("drain", "g"),
]
