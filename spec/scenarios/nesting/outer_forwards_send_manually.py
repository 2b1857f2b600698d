"""An outer generator can forward each sent value to an inner one by calling send itself."""


def adder():
    total = 0
    while True:
        x = yield total
        total += x


def proxy():
    inner = adder()
    reply = next(inner)
    while True:
        x = yield reply
        emit(x)
        reply = inner.send(x * 10)


DRIVE = [
    ("new", "g", "proxy"),
    ("next", "g"),
    ("send", "g", 1),
    ("send", "g", 2),
    ("send", "g", 3),
]
