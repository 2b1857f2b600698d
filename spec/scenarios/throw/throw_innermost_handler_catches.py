"""A thrown exception is caught by the innermost enclosing handler at the paused yield, and outer handlers see only what it re-raises."""


def nested():
    try:
        try:
            yield "inner"
        except ValueError as e:
            emit("inner caught")
            raise
        finally:
            emit("inner finally")
    except ValueError as e:
        emit("outer caught")
        emit(e)
        yield "outer"


DRIVE = [
    ("new", "g", "nested"),
    ("next", "g"),
    ("throw", "g", "ValueError", "v"),
    ("next", "g"),
]
