"""A generator created inside a plain helper and handed to a consumer is finalized when the last frame holding it finishes."""


def ticker(name):
    try:
        n = 0
        while True:
            yield name + "-tick"
            n += 1
    finally:
        emit(name + " finalized")


def make(name):
    return ticker(name)


def consume(k):
    t = make("a")
    u = make("b")
    while k > 0:
        x = yield next(t)
        emit(x)
        k -= 1
    emit("consume done")
    return next(u)


DRIVE = [
    ("new", "c", "consume", 2),
    ("next", "c"),
    ("send", "c", "one"),
    ("send", "c", "two"),
    ("state", "c"),
]
