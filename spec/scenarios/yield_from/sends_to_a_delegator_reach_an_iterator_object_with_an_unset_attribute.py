"""A delegator suspended in yield from an iterator object forwards every next and send to that object's methods, also while one of its attributes (here the one send sets) is still unset."""


class Ticker:
    def __init__(self, n):
        self.n = n
        self.paused = False

    def __iter__(self):
        return self

    def __next__(self):
        return self.tick()

    def send(self, value):
        self.last = value
        return self.tick()

    def tick(self):
        if self.n == 0:
            raise StopIteration("ticker done")
        self.n -= 1
        return self.n


def delegator():
    r = yield from Ticker(3)
    yield r


DRIVE = [
    ("new", "g", "delegator"),
    ("next", "g"),
    ("next", "g"),
    ("send", "g", "sent"),
    ("next", "g"),
]
