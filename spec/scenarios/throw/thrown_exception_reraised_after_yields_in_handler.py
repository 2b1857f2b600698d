"""A thrown exception caught by a handler that yields twice is still the one a bare raise re-raises when the handler resumes (CPython: test_generators.ExceptionTest.test_except_throw)."""


def store_raise():
    try:
        yield "start"
    except Exception as e:
        emit(e)
        yield "in handler"
        yield "still in handler"
        raise


DRIVE = [
    ("new", "g", "store_raise"),
    ("next", "g"),
    ("throw", "g", "ValueError", "thrown"),
    ("next", "g"),
    ("next", "g"),
    ("state", "g"),
]
