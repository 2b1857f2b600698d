"""A source pumped through filter and map coroutines into a sink with send delivers only transformed matches, and closing the head closes every stage in order."""


def source(n):
    for i in range(n):
        yield i


def only_odd(target):
    try:
        while True:
            x = yield
            if x % 2 == 1:
                target.send(x)
    finally:
        emit("filter closing")
        target.close()


def square(target):
    try:
        while True:
            x = yield
            target.send(x * x)
    finally:
        emit("map closing")
        target.close()


def sink():
    total = 0
    try:
        while True:
            x = yield
            emit(x)
            total += x
    finally:
        emit("sink total")
        emit(total)


def pump(src, head):
    for x in src:
        head.send(x)
        yield x
    head.close()
    return "pumped"


DRIVE = [
    ("new", "k", "sink"),
    ("next", "k"),
    ("new", "m", "square", "@k"),
    ("next", "m"),
    ("new", "f", "only_odd", "@m"),
    ("next", "f"),
    ("new", "s", "source", 6),
    ("new", "p", "pump", "@s", "@f"),
    ("drain", "p"),
    ("state", "f"),
    ("state", "m"),
    ("state", "k"),
]
