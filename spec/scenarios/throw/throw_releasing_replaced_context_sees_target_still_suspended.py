"""An exception thrown into a generator suspended in an except block loses its old context before the body runs: a finalizer that releasing it starts sees the generator still suspended (3.10+; 3.9 marks it running first, 3.8 does not chain)."""


class Old(Exception): pass


class New(Exception): pass


def watcher(g):
    try:
        yield "watching"
    finally:
        emit("watcher finalized, target " + state(g))


def target():
    try:
        raise KeyError("handled")
    except KeyError:
        try:
            yield "in handler"
        except New as e:
            emit("target caught " + type(e.__context__).__name__)
    yield "after"


def thrower(g):
    w = watcher(g)
    emit(next(w))
    try:
        try:
            raise Old(w)
        except Old:
            w = None
            raise New("new")
    except New as e:
        emit("throwing, context " + type(e.__context__).__name__)
        emit(g.throw(e))
    yield "thrown"


DRIVE = [
    ("new", "g", "target"),
    ("next", "g"),
    ("new", "t", "thrower", "@g"),
    ("next", "t"),
    ("state", "g"),
]
