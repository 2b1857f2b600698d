"""A generator is GEN_RUNNING (gi_running True) during its first run, while an iterator object it delegates to runs, and while a level of its yield from chain resumes after the innermost subgenerator returned."""


class Box:
    def __init__(self):
        self.watched = None

    def watch(self, g):
        self.watched = g


def reads_own_state(box):
    watched = box.watched
    emit(state(watched))
    emit(watched.gi_running)
    yield "first run"


class Watching:
    def __init__(self, box):
        self.box = box
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("watching done")
        box = self.box
        return state(box.watched)


def over_iterator(box):
    r = yield from Watching(box)
    yield r


def leaf():
    yield "leaf 1"
    yield "leaf 2"
    return "leaf done"


def middle(box):
    r = yield from leaf()
    watched = box.watched
    emit(state(watched))
    emit(watched.gi_running)
    yield r


def top(box):
    yield from middle(box)


def driver():
    box = Box()
    g = reads_own_state(box)
    box.watch(g)
    yield next(g)
    box = Box()
    g = over_iterator(box)
    box.watch(g)
    yield next(g)
    yield next(g)
    yield next(g)
    box = Box()
    g = top(box)
    box.watch(g)
    yield next(g)
    yield next(g)
    yield next(g)


DRIVE = [
    ("new", "d", "driver"),
    ("drain", "d"),
]
