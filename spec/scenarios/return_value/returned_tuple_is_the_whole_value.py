"""A generator returning a tuple ends with StopIteration whose value is that tuple, not unpacked, whether it is resumed by next() or send() (CPython: test_yield_from.TestPEP380Operation.test_next_and_return_with_value, test_yield_from.TestPEP380Operation.test_send_and_return_with_value)."""


def returner(r):
    emit("starting")
    x = yield
    emit(x)
    return r


def resume_and_report(by_send):
    for r in ((2,), (1, "two"), ()):
        gi = returner(r)
        next(gi)
        try:
            if by_send:
                gi.send("spam")
            else:
                next(gi)
            emit("not reached")
        except StopIteration as e:
            emit(e)
            emit(e.value)
            emit(e.args)
    yield "done"


def tuple_returner():
    yield (2,)
    return (2,)


DRIVE = [
    ("new", "n", "resume_and_report", False),
    ("drain", "n"),
    ("new", "s", "resume_and_report", True),
    ("drain", "s"),
    ("new", "h", "tuple_returner"),
    ("next", "h"),
    ("send", "h", "x"),
]
