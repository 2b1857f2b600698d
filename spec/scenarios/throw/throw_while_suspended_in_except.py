"""An exception thrown at a yield inside an except clause replaces the exception being handled and is caught by an enclosing handler."""


def body():
    try:
        try:
            raise ValueError("first")
        except ValueError as e:
            emit(e)
            yield "handling first"
            emit("not reached")
    except KeyError as e:
        emit("outer caught")
        emit(e)
        yield "handled second"


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("throw", "g", "KeyError", "second"),
    ("next", "g"),
]
