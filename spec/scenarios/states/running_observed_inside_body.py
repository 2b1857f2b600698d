"""A generator that inspects its own state while its body executes sees GEN_RUNNING."""


def introspective():
    me = yield "send me myself"
    emit(state(me))
    yield "observed"
    emit(state(me))


DRIVE = [
    ("new", "g", "introspective"),
    ("state", "g"),
    ("next", "g"),
    ("state", "g"),
    ("send", "g", "@g"),
    ("state", "g"),
    ("next", "g"),
    ("state", "g"),
]
