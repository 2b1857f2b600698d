"""An exception handled and finished before a yield leaves nothing behind: a later throw() is caught by the handler at the yield, whose new exception propagates (CPython: test_generators.GeneratorThrowTest.test_throw_after_none_exc_type)."""


def gen():
    try:
        raise KeyError("earlier")
    except KeyError:
        emit("handled earlier")
    try:
        yield "paused"
    except Exception as e:
        emit(e)
        raise RuntimeError("from handler")


DRIVE = [
    ("new", "g", "gen"),
    ("send", "g", None),
    ("throw", "g", "ValueError"),
    ("state", "g"),
]
