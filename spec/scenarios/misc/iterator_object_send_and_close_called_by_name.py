"""it.send(v) and it.close() on an iterator object call its send method with v as its one argument and its close method with none, and give back what they return."""


class Channel:
    def __init__(self):
        self.last = "nothing yet"

    def __iter__(self):
        return self

    def __next__(self):
        return self.last

    def send(self, value):
        self.last = value
        return "got " + value

    def close(self):
        emit("closing after " + self.last)
        return "closed"


def user():
    c = Channel()
    yield next(c)
    yield c.send("a")
    yield next(c)
    yield c.send("b")
    yield c.close()


DRIVE = [
    ("new", "g", "user"),
    ("drain", "g"),
]
