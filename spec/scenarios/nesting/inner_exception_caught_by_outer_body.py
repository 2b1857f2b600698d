"""An exception escaping an inner generator during next() is caught by the outer body, and the inner is then closed."""


def inner():
    yield 1
    raise ValueError("inner failed")


def outer():
    it = inner()
    try:
        while True:
            yield next(it)
    except ValueError as e:
        emit(e)
    emit(state(it))
    yield "outer continues"


DRIVE = [
    ("new", "g", "outer"),
    ("drain", "g"),
]
