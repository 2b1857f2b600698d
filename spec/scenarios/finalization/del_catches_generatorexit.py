"""Finalization throws GeneratorExit at the suspended yield, where an except handler can see it."""


def catcher():
    try:
        yield 1
    except GeneratorExit as e:
        emit(e)
        emit("cleanup")
        raise
    finally:
        emit("finally")


DRIVE = [
    ("new", "g", "catcher"),
    ("next", "g"),
    ("del", "g"),
]
