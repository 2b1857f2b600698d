"""close() clears the closed generator's frame, so a generator held only by its locals and parameters is finalized during close() (CPython: test_generators.GeneratorCloseTest.test_close_releases_frame_locals)."""


def child():
    try:
        yield "child"
    finally:
        emit("child finalized")


def holder(c):
    kept = c
    yield "holding"
    emit("never")


DRIVE = [
    ("new", "c", "child"),
    ("next", "c"),
    ("new", "h", "holder", "@c"),
    ("next", "h"),
    ("del", "c"),
    ("close", "h"),
    ("state", "h"),
]
