"""close() of a generator delegating to an object with a close method calls it, then raises GeneratorExit at the yield from; an exception from that close method is raised there instead."""


class Closable:
    def __init__(self, fail):
        self.fail = fail

    def __iter__(self):
        return self

    def __next__(self):
        return "item"

    def close(self):
        emit("close method")
        if self.fail:
            raise ValueError("close failed")
        return "ignored"


def delegator(fail):
    try:
        yield from Closable(fail)
    except GeneratorExit:
        emit("GeneratorExit at the yield from")
        raise
    except ValueError as e:
        emit(e)
        yield "recovered"


DRIVE = [
    ("new", "g", "delegator", False),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
    ("new", "f", "delegator", True),
    ("next", "f"),
    ("close", "f"),
    ("new", "h", "delegator", True),
    ("next", "h"),
    ("throw", "h", "GeneratorExit"),
]
