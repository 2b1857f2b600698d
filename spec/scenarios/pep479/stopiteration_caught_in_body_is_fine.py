"""A StopIteration caught inside the generator body is an ordinary exception: the generator continues and its value is readable."""


def inner():
    yield 1
    return "inner result"


def outer():
    it = inner()
    while True:
        try:
            x = next(it)
        except StopIteration as e:
            emit(e.value)
            break
        yield x
    yield "after loop"


DRIVE = [
    ("new", "g", "outer"),
    ("drain", "g"),
]
