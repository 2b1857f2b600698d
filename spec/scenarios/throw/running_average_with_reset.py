"""A running-average coroutine fed by send() uses throw() as a control channel: a Reset it catches clears its state, while any other exception ends it."""


class Reset(Exception): pass


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        try:
            x = yield avg
            total += x
            count += 1
            avg = total // count
        except Reset as e:
            emit("reset")
            emit(e.args[0])
            total = 0
            count = 0
            avg = None


DRIVE = [
    ("new", "a", "averager"),
    ("next", "a"),
    ("send", "a", 10),
    ("send", "a", 20),
    ("send", "a", 3),
    ("throw", "a", "Reset", "new day"),
    ("send", "a", 7),
    ("throw", "a", "ValueError", "corrupt input"),
    ("state", "a"),
    ("send", "a", 1),
]
