"""A take stage that stops after n items closes its upstream source, whose finally runs before the take stage finishes."""


def naturals():
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        emit("naturals closed")


def take(src, n):
    while n > 0:
        yield next(src)
        n -= 1
    src.close()
    emit("take done")


DRIVE = [
    ("new", "src", "naturals"),
    ("new", "t", "take", "@src", 3),
    ("drain", "t"),
    ("state", "src"),
]
