"""An exception thrown into a generator that has left an except block it was suspended in gets no __context__ from that block's exception, even while another generator is still suspended in a handler."""


def left_its_handler():
    try:
        raise KeyError("handled, then left")
    except KeyError as e:
        kept = e
        yield "in handler"
    yield "handler left"
    yield "not reached"


def still_handling():
    try:
        raise ValueError("still handled")
    except ValueError:
        yield "other in handler"
        yield "other still in handler"


def driver():
    other = still_handling()
    yield next(other)
    g = left_its_handler()
    yield next(g)
    yield next(g)
    try:
        g.throw(RuntimeError("thrown"))
    except RuntimeError as e:
        emit(e.__context__)
    yield next(other)


DRIVE = [
    ("new", "d", "driver"),
    ("drain", "d"),
]
