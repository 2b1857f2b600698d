"""Inside its own body a generator observes its own state as GEN_RUNNING."""


def watcher():
    me = yield "ready"
    emit(state(me))
    me = None
    yield "done"


DRIVE = [
    ("new", "g", "watcher"),
    ("state", "g"),
    ("next", "g"),
    ("state", "g"),
    ("send", "g", "@g"),
    ("state", "g"),
    ("next", "g"),
    ("state", "g"),
]
