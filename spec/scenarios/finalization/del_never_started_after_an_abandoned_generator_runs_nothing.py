"""Releasing a never-started generator runs none of its body, even right after another generator that yielded during its finalization was abandoned."""


def stubborn():
    try:
        yield "first"
    finally:
        yield "yielded while being finalized"


def quiet():
    emit("quiet body runs")
    yield "quiet"


DRIVE = [
    ("new", "s", "stubborn"),
    ("next", "s"),
    ("del", "s"),
    ("new", "q", "quiet"),
    ("del", "q"),
    ("new", "r", "quiet"),
    ("next", "r"),
]
