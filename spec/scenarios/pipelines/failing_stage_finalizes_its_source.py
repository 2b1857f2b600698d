"""When a middle stage of a pull pipeline raises, its frame is released and the source it alone held is finalized before the driver sees the error."""


def source():
    try:
        yield 5
        yield 0
        yield 2
    finally:
        emit("source finally")


def invert(src):
    for x in src:
        yield 100 // x


def consumer():
    for y in invert(source()):
        yield y


DRIVE = [
    ("new", "g", "consumer"),
    ("next", "g"),
    ("next", "g"),
    ("state", "g"),
]
