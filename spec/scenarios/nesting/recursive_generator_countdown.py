"""A generator can recursively create and drive a generator of its own function; each level resumes after its child is exhausted."""


def countdown(n):
    if n == 0:
        emit("bottom")
        return
    yield n
    for x in countdown(n - 1):
        yield x
    emit(n)


DRIVE = [
    ("new", "g", "countdown", 3),
    ("drain", "g"),
]
