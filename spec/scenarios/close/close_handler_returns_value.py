"""When the body catches GeneratorExit and returns a value, close() returns None before 3.13 and returns that value from 3.13 on."""


def summariser():
    total = 0
    try:
        while True:
            x = yield total
            total += x
    except GeneratorExit:
        emit("summarising")
        return total


DRIVE = [
    ("new", "g", "summariser"),
    ("next", "g"),
    ("send", "g", 4),
    ("send", "g", 5),
    ("close", "g"),
    ("state", "g"),
]
