"""While close() runs the close method of the iterator object a generator delegates to, that generator is running: its state is GEN_RUNNING and next() of it raises ValueError (CPython: test_yield_from.TestPEP380Operation.test_delegating_generators_claim_to_be_running)."""


class Watcher:
    def __init__(self, delegator):
        self.delegator = delegator

    def __iter__(self):
        return self

    def __next__(self):
        return 42

    def close(self):
        emit(state(self.delegator))
        try:
            next(self.delegator)
        except ValueError as e:
            emit(e)


def one():
    me = yield "give me myself"
    yield from Watcher(me)


DRIVE = [
    ("new", "g", "one"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
]
