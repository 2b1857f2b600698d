"""From CPython 3.12 a StopIteration thrown into a delegator and raised at its yield from (a subiterator without a throw method, or a generator lambda that lets it out) is taken for the subiterator's return, its value the result of the yield from, where before it was raised in the delegator's body."""


class Endless:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n


echo = lambda: (yield "lambda ready")


def over_range():
    result = yield from range(1, 3)
    emit(result)
    yield "after range"


def over_object():
    result = yield from Endless()
    emit(result)
    yield "after object"


def guarded():
    try:
        result = yield from range(1, 3)
        emit(result)
    except StopIteration as e:
        emit(e)
    yield "after guarded"


def over_lambda():
    result = yield from echo()
    emit(result)
    yield "after lambda"


DRIVE = [
    ("new", "r", "over_range"),
    ("next", "r"),
    ("throw", "r", "StopIteration", 5),
    ("new", "o", "over_object"),
    ("next", "o"),
    ("throw", "o", "StopIteration", 6),
    ("new", "g", "guarded"),
    ("next", "g"),
    ("throw", "g", "StopIteration", 7),
    ("new", "l", "over_lambda"),
    ("next", "l"),
    ("throw", "l", "StopIteration", 8),
]
