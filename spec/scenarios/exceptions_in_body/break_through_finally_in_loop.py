"""break inside a try in a loop runs the finally block before leaving the loop."""


def worker():
    i = 0
    while True:
        try:
            yield i
            if i == 2:
                emit("breaking")
                break
        finally:
            emit("finally")
        i += 1
    yield "after loop"


DRIVE = [
    ("new", "g", "worker"),
    ("drain", "g"),
]
