"""After an inner generator fails, the outer creates a fresh one; the failed one stays closed."""


class Flaky(Exception):
    pass


def attempt(n):
    yield "try " + n
    if n == "1":
        raise Flaky("attempt failed")
    yield "ok " + n


def retrier():
    it = attempt("1")
    try:
        for x in it:
            yield x
    except Flaky as e:
        emit(e)
        emit(state(it))
    it = attempt("2")
    for x in it:
        yield x


DRIVE = [
    ("new", "g", "retrier"),
    ("drain", "g"),
]
