"""An exception an iterator object's throw method raises comes out at the yield from chained to the exception the delegator handles there (from 3.9), as an exception thrown into it would be."""


class Raiser:
    def __iter__(self):
        return self

    def __next__(self):
        return "item"

    def throw(self, exc):
        raise ValueError("from throw")


def delegator():
    try:
        raise KeyError("handled")
    except KeyError as handled:
        try:
            yield from Raiser()
        except ValueError as e:
            emit(e.__context__)
            yield (e, e.__context__ is handled)


DRIVE = [
    ("new", "g", "delegator"),
    ("next", "g"),
    ("throw", "g", "TypeError", "thrown"),
]
