"""From 3.9 an exception thrown into a generator suspended in a finally run for another exception is chained to that one, and when a thrown exception comes back out of a subgenerator into delegators suspended inside except blocks, each level chains it again, the outermost last (3.8 chains none of them)."""


def fin():
    try:
        yield "in try"
    finally:
        try:
            yield "in finally"
        except ValueError as e:
            emit(("in finally", e.__context__))


def mid():
    try:
        raise IndexError("mid's")
    except IndexError:
        yield from fin()


def top():
    try:
        raise LookupError("top's")
    except LookupError:
        yield from mid()


def driver():
    g = top()
    next(g)
    emit(g.throw(KeyError("into finally")))
    try:
        g.throw(ValueError("caught in finally"))
    except KeyError as e:
        emit((e, e.__context__))
    yield "done"


DRIVE = [
    ("new", "d", "driver"),
    ("next", "d"),
]
