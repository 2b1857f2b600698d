"""An outer generator that catches a thrown exception can pass it on to its inner generator with throw()."""


def inner():
    while True:
        try:
            yield "inner waiting"
        except KeyError as e:
            emit("inner got")
            emit(e)
            yield "inner recovered"


def outer():
    it = inner()
    reply = next(it)
    while True:
        try:
            yield reply
            reply = next(it)
        except KeyError as e:
            reply = it.throw(KeyError("forwarded"))


DRIVE = [
    ("new", "g", "outer"),
    ("next", "g"),
    ("throw", "g", "KeyError", "original"),
    ("next", "g"),
]
