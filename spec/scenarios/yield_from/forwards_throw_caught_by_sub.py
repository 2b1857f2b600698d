"""throw() on a delegating generator is raised inside the subgenerator first; if it handles it, delegation continues with its next yield."""


def inner():
    while True:
        try:
            yield "inner"
        except ValueError as e:
            emit("inner caught")
            emit(e)
            yield "inner recovered"


def outer():
    try:
        yield from inner()
    except ValueError:
        emit("outer caught")


DRIVE = [
    ("new", "g", "outer"),
    ("next", "g"),
    ("throw", "g", "ValueError", "v"),
    ("next", "g"),
    ("state", "g"),
]
