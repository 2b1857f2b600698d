"""Assigning an instance attribute stores the new value before the old one is released, so a generator finalized by that release already reads the new value."""


class Holder:
    def __init__(self):
        self.item = "nothing yet"

    def hold(self, item):
        self.item = item


def watcher(holder):
    try:
        yield "watching"
    finally:
        emit(("finalized, the holder now holds", holder.item))


def owner():
    holder = Holder()
    w = watcher(holder)
    next(w)
    holder.hold(w)
    w = None
    emit("replacing")
    holder.hold("replacement")
    yield holder.item


DRIVE = [
    ("new", "g", "owner"),
    ("drain", "g"),
]
