"""While a generator handles an exception passed in by throw(), it is GEN_RUNNING."""


def body():
    me = yield "send me myself"
    try:
        yield "waiting"
    except ValueError:
        emit(state(me))
    yield "handled"


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("throw", "g", "ValueError"),
    ("state", "g"),
]
