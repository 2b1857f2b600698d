"""close() returns the value the body returns in response to GeneratorExit (None before 3.13, the value from 3.13 on), and a second close() returns None."""


def reader():
    count = 0
    try:
        while True:
            yield count
            count += 1
    except GeneratorExit:
        emit("exit handler")
        return count


DRIVE = [
    ("new", "g", "reader"),
    ("next", "g"),
    ("next", "g"),
    ("next", "g"),
    ("close", "g"),
    ("close", "g"),
]
