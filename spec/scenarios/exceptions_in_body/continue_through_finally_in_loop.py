"""continue inside a try in a for loop runs the finally block before the next iteration."""


def worker():
    for i in range(4):
        try:
            if i % 2 == 0:
                continue
            yield i
        finally:
            emit(i)
    yield "done"


DRIVE = [
    ("new", "g", "worker"),
    ("drain", "g"),
]
