"""Raising an exception that lies two or three links down the handled exception's __context__ chain cuts the link that leads to it, and the cut link no longer keeps it alive."""


def held(name):
    try:
        yield name
    finally:
        emit(name + " finalized")


def links(e):
    count = 0
    while e is not None and count < 10:
        count += 1
        e = e.__context__
    return count


def cutter():
    h = held("deep exception's argument")
    next(h)
    try:
        raise KeyError(h)
    except KeyError as deep:
        try:
            raise ValueError("middle")
        except ValueError as middle:
            try:
                raise IndexError("top")
            except IndexError as top:
                yield links(top)
                try:
                    raise deep
                except KeyError as again:
                    yield again.__context__ is top
                    yield links(again)
                    yield middle.__context__
    h = None
    emit("two links down: handlers left")
    h = held("deeper exception's argument")
    next(h)
    try:
        raise KeyError(h)
    except KeyError as deep:
        try:
            raise ValueError("middle")
        except ValueError as middle:
            try:
                raise IndexError("upper")
            except IndexError as upper:
                try:
                    raise LookupError("top")
                except LookupError as top:
                    yield links(top)
                    try:
                        raise deep
                    except KeyError as again:
                        yield again.__context__ is top
                        yield links(again)
                        yield middle.__context__
                        yield upper.__context__ is middle
    h = None
    emit("three links down: handlers left")


DRIVE = [
    ("new", "g", "cutter"),
    ("drain", "g"),
]
