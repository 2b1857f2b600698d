"""When a middle stage of a pull pipeline raises, its finally closes the source, so the source's finally runs before the error reaches the consumer."""


def source():
    try:
        yield 5
        yield 0
        yield 2
    finally:
        emit("source finally")


def invert(src):
    try:
        for x in src:
            yield 100 // x
    finally:
        emit("stage closing source")
        src.close()


def consumer():
    try:
        for y in invert(source()):
            yield y
    except ZeroDivisionError as e:
        emit(e)
    yield "consumer recovered"


DRIVE = [
    ("new", "g", "consumer"),
    ("next", "g"),
    ("next", "g"),
    ("next", "g"),
    ("state", "g"),
]
