"""An iterator object with only __iter__ and __next__ gets no call from close(), throw() raises at the yield from, and a send of anything but None raises AttributeError naming its class and 'send'."""


class Plain:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        emit(("next", self.n))
        return self.n


def delegator():
    try:
        yield from Plain()
    except ValueError as e:
        emit(e)
    try:
        yield from Plain()
    except AttributeError as e:
        emit(e)
    try:
        yield from Plain()
    finally:
        emit("finally")


DRIVE = [
    ("new", "g", "delegator"),
    ("next", "g"),
    ("throw", "g", "ValueError", "v"),
    ("send", "g", 3),
    ("close", "g"),
    ("state", "g"),
]
