"""The finished frame of a generator whose body raised StopIteration is kept by that StopIteration, not by the RuntimeError PEP 479 makes of it: replacing the RuntimeError's cause and context releases what the frame held."""


def child():
    try:
        yield "child"
    finally:
        emit("child finalized")


def stopper():
    c = child()
    emit(next(c))
    raise StopIteration("stop")
    yield "never"


def catcher():
    g = stopper()
    try:
        next(g)
    except RuntimeError as e:
        emit("caught, cause " + type(e.__cause__).__name__)
        saved = e
    g = None
    emit("stopper released")
    try:
        raise IndexError("other")
    except IndexError:
        try:
            raise saved from None
        except RuntimeError:
            emit("raised again from None under another handled exception")
    emit("context " + type(saved.__context__).__name__)
    saved = None
    emit("runtime error released")
    yield "done"


DRIVE = [
    ("new", "d", "catcher"),
    ("next", "d"),
]
