"""While the innermost generator of a chain runs, a delegator between it and the resumed top is GEN_RUNNING and cannot be resumed, and it is GEN_SUSPENDED again once the innermost yields."""


def innermost():
    m = yield "send me the middle"
    emit(state(m))
    try:
        next(m)
    except ValueError as e:
        emit(e.args[0])
    x = yield "checked"
    emit(state(m))
    yield x


def middle(sub):
    yield from sub


def top(sub):
    yield from sub


DRIVE = [
    ("new", "i", "innermost"),
    ("new", "m", "middle", "@i"),
    ("new", "t", "top", "@m"),
    ("next", "t"),
    ("send", "t", "@m"),
    ("state", "m"),
    ("send", "m", "sent to the middle"),
    ("state", "t"),
]
