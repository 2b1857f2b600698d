"""A StopIteration thrown into a just-started generator keeps its frame (the arguments) itself, not through the RuntimeError PEP 479 makes of it before 3.12: replacing that RuntimeError's cause and context releases them."""


def child():
    try:
        yield "child"
    finally:
        emit("child finalized")


def stopper(c):
    yield "never"


def catcher():
    c = child()
    emit(next(c))
    g = stopper(c)
    c = None
    try:
        g.throw(StopIteration("stop"))
    except RuntimeError as e:
        emit("caught, cause " + type(e.__cause__).__name__)
        saved = e
    except StopIteration as e:
        emit("caught StopIteration")
        saved = e
    g = None
    emit("stopper released")
    try:
        raise IndexError("other")
    except IndexError:
        try:
            raise saved from None
        except Exception:
            emit("raised again from None under another handled exception")
    saved = None
    emit("saved released")
    yield "done"


DRIVE = [
    ("new", "d", "catcher"),
    ("next", "d"),
]
