"""Two generators finalized while they ignore GeneratorExit, each frame holding the exception it caught, each report that they ignored it when dropped and are then kept with their frames, neither cleared by the other's finalization."""


def stubborn(tag):
    try:
        yield tag
    except GeneratorExit as e:
        emit(tag)
        yield "still working"


DRIVE = [
    ("new", "a", "stubborn", "first"),
    ("next", "a"),
    ("new", "b", "stubborn", "second"),
    ("next", "b"),
    ("del", "a"),
    ("del", "b"),
]
