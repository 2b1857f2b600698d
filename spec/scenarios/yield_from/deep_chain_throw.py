"""An exception thrown into the top of a 50-deep yield-from chain is raised at the innermost yield, and if uncaught there unwinds level by level to the handler at level 25."""


class Abort(Exception): pass


def level(depth):
    if depth == 0:
        try:
            yield "bottom"
        except ValueError:
            emit("bottom caught ValueError")
            yield "bottom recovered"
        return "bottom returned"
    if depth == 25:
        try:
            r = yield from level(depth - 1)
        except Abort as e:
            emit("level 25 caught")
            emit(e)
            r = "aborted"
        return r
    try:
        r = yield from level(depth - 1)
    finally:
        if depth % 10 == 0:
            emit(depth)
    return r


DRIVE = [
    ("new", "g", "level", 50),
    ("next", "g"),
    ("throw", "g", "ValueError"),
    ("throw", "g", "Abort", "stop"),
]
