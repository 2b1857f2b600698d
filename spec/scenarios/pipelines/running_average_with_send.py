"""A running-average coroutine yields the floor average of all values sent so far."""


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total // count


DRIVE = [
    ("new", "g", "averager"),
    ("next", "g"),
    ("send", "g", 10),
    ("send", "g", 20),
    ("send", "g", 4),
    ("send", "g", -40),
    ("state", "g"),
]
