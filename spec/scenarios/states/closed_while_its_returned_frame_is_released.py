"""A generator that returns is already GEN_CLOSED (and not running) while its frame is released, so a generator that frame held sees it closed in the finally block its finalization runs."""


def watcher():
    watched = yield "watch whom?"
    try:
        yield "watching"
    finally:
        emit(state(watched))
        emit(watched.gi_running)


def holder():
    w = watcher()
    next(w)
    me = yield "hand me myself"
    yield w.send(me)
    return "returned"


DRIVE = [
    ("new", "g", "holder"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("next", "g"),
]
