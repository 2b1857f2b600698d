"""A generator that catches GeneratorExit and then reaches the end of its body without yielding lets close() succeed, returning None in every version."""


def body():
    try:
        yield 1
    except GeneratorExit:
        emit("swallowed")
    emit("end of body")


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
]
