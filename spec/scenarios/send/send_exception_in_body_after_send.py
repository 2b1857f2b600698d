"""An exception raised by the body after a send() resumes it propagates out of that send() call."""


def checker():
    while True:
        x = yield "ok"
        if x < 0:
            raise ValueError("negative")
        emit(x)


DRIVE = [
    ("new", "g", "checker"),
    ("next", "g"),
    ("send", "g", 1),
    ("send", "g", -1),
    ("state", "g"),
    ("send", "g", 2),
]
