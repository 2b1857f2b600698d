"""Through yield from, send(None) calls the iterator object's __next__ and any other value its send method, whose return value is yielded, a tuple passed unchanged (CPython: test_yield_from.TestPEP380Operation.test_send_tuple_with_custom_generator)."""


class Recorder:
    def __init__(self):
        self.received = ()

    def __iter__(self):
        return self

    def __next__(self):
        return 42

    def send(self, what):
        self.received = self.received + (what,)
        emit(what)
        if what == "stop":
            raise StopIteration(self.received)
        return None


def outer():
    v = yield from Recorder()
    emit(v)
    yield "after"


def sends_a_tuple(target):
    yield next(target)
    yield target.send((1, 2, 3, 4))
    yield target.send(None)
    yield target.send("stop")


DRIVE = [
    ("new", "g", "outer"),
    ("next", "g"),
    ("send", "g", 7),
    ("send", "g", None),
    ("new", "t", "sends_a_tuple", "@g"),
    ("drain", "t"),
    ("state", "g"),
]
