"""A StopIteration thrown at a `yield from` of an iterator object without a throw method ends the delegator with PEP 479's RuntimeError up to 3.11, and from 3.12 is that yield from's result, so the delegator goes on and stays suspended."""


class Ticker:
    def __init__(self, n):
        pass

    def __iter__(self):
        return self

    def __next__(self):
        pass


def delegator(unused):
    result = yield from Ticker(3)
    yield result


DRIVE = [
    ("new", "k", "delegator", 2),
    ("next", "k"),
    ("throw", "k", "StopIteration", "done"),
    ("state", "k"),
]
