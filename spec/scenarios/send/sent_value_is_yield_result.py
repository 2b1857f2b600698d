"""The value passed to send() becomes the value of the yield expression at which the generator was suspended."""


def doubler():
    x = yield "start"
    while True:
        x = yield x * 2


DRIVE = [
    ("new", "g", "doubler"),
    ("next", "g"),
    ("send", "g", 3),
    ("send", "g", 10),
    ("send", "g", -4),
]
