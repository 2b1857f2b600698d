"""Children held only by a finalized generator's parameters are finalized after the holder, in parameter order."""


def child(name):
    try:
        yield name
    finally:
        emit(name + " finally")


def holder(first, second):
    emit(next(second))
    emit(next(first))
    try:
        yield "holding"
    finally:
        emit("holder finally")


DRIVE = [
    ("new", "a", "child", "a"),
    ("new", "b", "child", "b"),
    ("new", "h", "holder", "@a", "@b"),
    ("del", "a"),
    ("del", "b"),
    ("next", "h"),
    ("del", "h"),
]
