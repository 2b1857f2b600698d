"""While close() runs a generator's finally block, the generator is GEN_RUNNING; after close() it is GEN_CLOSED."""


def body():
    me = yield "send me myself"
    try:
        yield "in try"
    finally:
        emit(state(me))


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("state", "g"),
    ("close", "g"),
    ("state", "g"),
]
